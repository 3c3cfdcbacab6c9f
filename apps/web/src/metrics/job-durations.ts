/**
 * How long jobs run, from BullMQ's event stream: each event's stream id starts with the
 * Redis time it was written, so `active` to `completed` (or `failed`) is the job's run time
 * as Redis saw it, whichever host ran it. Pure bookkeeping; `QueueEvents` feeds it.
 */
export interface JobTimer {
  /** A job became active at `eventId`'s time. */
  started(jobId: string, eventId: string): void;
  /** A job finished at `eventId`'s time: its run time in seconds, if its start was seen. */
  finished(jobId: string, eventId: string): number | undefined;
  readonly pending: number;
}

/** The milliseconds of a Redis stream id (`1712345678901-0`). */
export function streamIdTime(eventId: string): number | undefined {
  const ms = Number(eventId.split("-")[0]);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

/** A timer remembering at most `capacity` running jobs (the oldest are forgotten first). */
export function createJobTimer(capacity = 10_000): JobTimer {
  const startedAt = new Map<string, number>();
  return {
    started(jobId, eventId) {
      const ms = streamIdTime(eventId);
      if (ms === undefined) return;
      startedAt.delete(jobId);
      startedAt.set(jobId, ms);
      if (startedAt.size > capacity) startedAt.delete(startedAt.keys().next().value as string);
    },
    finished(jobId, eventId) {
      const start = startedAt.get(jobId);
      startedAt.delete(jobId);
      const end = streamIdTime(eventId);
      if (start === undefined || end === undefined) return undefined;
      return Math.max(0, end - start) / 1000;
    },
    get pending() {
      return startedAt.size;
    },
  };
}
