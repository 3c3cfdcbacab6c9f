import { fileURLToPath } from "node:url";
import { threadExecArgv } from "@newsdesk/config";
import { Piscina } from "piscina";
import type {
  RenderedSegmentParts,
  renderSegmentParts,
  SegmentRenderTask,
} from "./render-segment-parts.js";

const TASK_MODULE = new URL("./render-segment-parts.js", import.meta.url);

export interface RenderPool {
  render: typeof renderSegmentParts;
  close(): Promise<void>;
}

/**
 * Segment renders in worker threads (piscina): compiling a segment's MJML holds a thread for
 * tens to hundreds of milliseconds, and on the main thread that is the event loop that renews
 * the deliver jobs' locks in Redis; under load renewals lapsed and BullMQ restarted jobs whose
 * emails were still going out. `taskModule` is for tests that run from source: the compiled
 * module in `dist/`.
 */
export function createRenderPool(
  options: { threads?: number | undefined; taskModule?: URL | undefined } = {},
): RenderPool {
  const threads = Math.max(1, options.threads ?? 1);
  const pool = new Piscina<SegmentRenderTask, RenderedSegmentParts | null>({
    filename: fileURLToPath(options.taskModule ?? TASK_MODULE),
    name: "renderSegmentParts",
    execArgv: threadExecArgv(),
    minThreads: threads,
    maxThreads: threads,
    // MJML's first compile in a thread loads its modules: keep the thread for the next edition.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    render: (task) => pool.run(task),
    async close() {
      await pool.destroy();
    },
  };
}
