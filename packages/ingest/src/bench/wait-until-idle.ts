import { ingestJob, jobCounts, type Queues } from "@newsdesk/queue";
import type { QueueEvents } from "bullmq";

/**
 * Resolves once the dumps' ingest jobs have finished and no classify job is waiting, active or
 * delayed. Checked when it is called and on every completed, failed or drained event, never on
 * a timer (the timer only bounds the wait).
 */
export function waitUntilIdle(
  queues: Pick<Queues, "ingest" | "classify">,
  events: { ingest: QueueEvents; classify: QueueEvents },
  dumpIds: number | readonly number[],
  timeoutMs = 120_000,
): Promise<void> {
  // Ingest jobs still to finish, in the order they were queued: a check asks Redis about the
  // first ones only, until one is not done, so 1,000 dumps cost no more than one per check.
  const pending = typeof dumpIds === "number" ? [dumpIds] : [...dumpIds];
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
        while (pending.length > 0) {
          const state = await queues.ingest.getJobState(ingestJob.id({ dumpId: pending[0] ?? 0 }));
          // Completed ingest jobs are removed at once: "unknown" means done.
          if (state !== "completed" && state !== "unknown" && state !== "failed") break;
          pending.shift();
        }
        const counts = await jobCounts(queues.classify);
        if (pending.length === 0 && counts.waiting + counts.active + counts.delayed === 0) finish();
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
