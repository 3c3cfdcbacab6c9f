import { ingestJob, jobCounts, type Queues } from "@newsdesk/queue";
import type { QueueEvents } from "bullmq";

/**
 * Resolves once a dump's ingest job has finished and no classify job is waiting, active or
 * delayed. Checked when it is called and on every completed, failed or drained event, never on
 * a timer (the timer only bounds the wait).
 */
export function waitUntilIdle(
  queues: Pick<Queues, "ingest" | "classify">,
  events: { ingest: QueueEvents; classify: QueueEvents },
  dumpId: number,
  timeoutMs = 120_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let checking = false;
    let again = false;
    let done = false;
    const listeners: [QueueEvents, string, () => void][] = [];
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      for (const [emitter, event, listener] of listeners)
        emitter.off(event as "completed", listener);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(
      () => finish(new Error(`the pipeline did not finish in ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const check = async () => {
      if (done) return;
      if (checking) {
        again = true;
        return;
      }
      checking = true;
      try {
        const state = await queues.ingest.getJobState(ingestJob.id({ dumpId }));
        const counts = await jobCounts(queues.classify);
        // Completed ingest jobs are removed at once: "unknown" means done.
        const ingestDone = state === "completed" || state === "unknown" || state === "failed";
        if (ingestDone && counts.waiting + counts.active + counts.delayed === 0) finish();
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      } finally {
        checking = false;
        if (again) {
          again = false;
          void check();
        }
      }
    };
    const listener = () => void check();
    for (const emitter of [events.classify, events.ingest]) {
      for (const event of ["completed", "failed", "drained"]) {
        emitter.on(event as "completed", listener);
        listeners.push([emitter, event, listener]);
      }
    }
    void check();
  });
}
