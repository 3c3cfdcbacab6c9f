import type { Queue } from "bullmq";

export interface KeptJobScheduler {
  /** Stops checking (the scheduler itself stays in Redis for the other processes). */
  stop(): void;
}

export interface ScheduledJobDefinition {
  name: string;
  schedule: { id: string; pattern: string };
}

/**
 * Upserts a job's scheduler now, then checks every `checkEveryMs` that Redis still has it and
 * upserts it again when not: a Redis restarted without persistence, or flushed, forgets its
 * schedulers while the processes that made them run on. `everyMs` replaces the pattern (tests).
 * Every process may keep the same scheduler: its id makes one job per run in all.
 */
export async function keepJobScheduler(
  // biome-ignore lint/suspicious/noExplicitAny: a scheduler's job has no payload of its queue's type.
  queue: Queue<any>,
  job: ScheduledJobDefinition,
  options: {
    everyMs?: number | undefined;
    checkEveryMs?: number | undefined;
    onError(error: unknown): void;
  },
): Promise<KeptJobScheduler> {
  const upsert = () =>
    queue.upsertJobScheduler(
      job.schedule.id,
      options.everyMs ? { every: options.everyMs } : { pattern: job.schedule.pattern },
      { name: job.name, data: {} },
    );
  await upsert();
  const timer = setInterval(() => {
    queue
      .getJobScheduler(job.schedule.id)
      .then((scheduler) => (scheduler ? undefined : upsert()))
      .catch(options.onError);
  }, options.checkEveryMs ?? 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
