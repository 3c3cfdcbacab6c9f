import type { Logger } from "@newsdesk/config";
import { type Job, UnrecoverableError, Worker, type WorkerOptions } from "bullmq";
import type { Redis } from "ioredis";
import { bullErrorListener, closeConnection, createWorkerConnection } from "./connection.js";
import { DEFAULT_PREFIX } from "./defaults.js";
import type { JobDefinition, QueueName } from "./jobs.js";

/** What a handler is given besides its payload. */
export interface JobContext {
  /** The worker's logger bound to `{ jobId, jobName }`. */
  log: Logger;
  job: Job;
}

/** A job definition paired with the code that runs it. */
export interface JobHandler<Payload = never, Result = unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: a definition's id arguments do not matter here.
  job: JobDefinition<Payload, any>;
  run(data: Payload, context: JobContext): Promise<Result>;
  /**
   * Records a job that failed for good: its last try threw (`error`, an `UnrecoverableError`
   * included), or its worker died in the middle more often than allowed (`error` undefined).
   * Without it, the failure is only logged.
   */
  failed?(data: Payload, reason: string, context: JobContext & { error?: unknown }): Promise<void>;
}

/** Pairs a definition with its handler, keeping the payload's type. */
export function jobHandler<Payload, Result>(
  handler: JobHandler<Payload, Result>,
): JobHandler<Payload, Result> {
  return handler;
}

export interface JobWorkerOptions {
  /** The queue; every handler's job must run on it. */
  queue: QueueName;
  // biome-ignore lint/suspicious/noExplicitAny: handlers of different payloads share a queue.
  handlers: readonly JobHandler<any>[];
  redisUrl: string;
  prefix?: string | undefined;
  log: Logger;
  /** Names the Redis connection (`CLIENT LIST`). */
  connectionName: string;
  concurrency?: number | undefined;
  limiter?: WorkerOptions["limiter"];
  /** Job lock; a crashed worker's jobs go back to the queue within about twice this. */
  lockDurationMs?: number | undefined;
  /** How many times a job may lose its worker before it fails (BullMQ's default: 1). */
  maxStalledCount?: number | undefined;
}

export interface JobWorker {
  worker: Worker;
  waitUntilReady(): Promise<void>;
  /** Lets active jobs finish, then closes the worker and its connection. */
  close(): Promise<void>;
}

/** Recorded for a job whose worker kept dying under it. */
export const STALLED_TOO_OFTEN =
  "its worker process stopped in the middle (crashed or killed) more often than allowed; look for the cause in the worker's logs (out of memory?), then submit it again";

/**
 * A BullMQ worker for one queue, the same way for every job: the payload checked against the
 * job's schema (a malformed one fails for good, untried again), a logger bound to the job, a
 * warning before each retry, and the handler's `failed` once the job fails for good, whether
 * its last try threw or its worker kept dying under it.
 */
export function startJobWorker(options: JobWorkerOptions): JobWorker {
  const handlers = new Map(options.handlers.map((handler) => [handler.job.name, handler]));
  for (const handler of options.handlers) {
    if (handler.job.queue !== options.queue) {
      throw new Error(`job ${handler.job.name} runs on ${handler.job.queue}, not ${options.queue}`);
    }
  }
  const connection: Redis = createWorkerConnection(
    options.redisUrl,
    options.log,
    options.connectionName,
  );
  const lockDuration = options.lockDurationMs ?? 30_000;
  const contextOf = (job: Job): JobContext => ({
    job,
    log: options.log.child({ jobId: job.id, jobName: job.name }),
  });

  const worker = new Worker(
    options.queue,
    async (job) => {
      const handler = handlers.get(job.name);
      if (!handler)
        throw new UnrecoverableError(`unknown ${options.queue} job ${JSON.stringify(job.name)}`);
      const parsed = handler.job.payload.safeParse(job.data);
      // A malformed payload will be malformed on every try.
      if (!parsed.success) {
        throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.message}`);
      }
      const context = contextOf(job);
      try {
        return await handler.run(parsed.data, context);
      } catch (error) {
        if (!isLastTry(job, error)) {
          context.log.warn(
            { attempt: job.attemptsMade + 1, err: errorMessage(error) },
            "job failed, will be retried",
          );
        } else if (handler.failed) {
          await handler.failed(parsed.data, errorMessage(error), { ...context, error });
        } else {
          // A command's mistake (an unknown edition) is the command's to report.
          const level = error instanceof UnrecoverableError ? "warn" : "error";
          context.log[level]({ err: errorMessage(error) }, "job failed");
        }
        throw error;
      }
    },
    {
      connection,
      prefix: options.prefix ?? DEFAULT_PREFIX,
      concurrency: options.concurrency ?? 1,
      limiter: options.limiter,
      lockDuration,
      stalledInterval: lockDuration,
      maxStalledCount: options.maxStalledCount ?? 1,
    },
  );
  worker.on("error", bullErrorListener(connection, `worker of ${options.queue}`));
  // A job whose worker died more often than maxStalledCount never reaches the processor again:
  // BullMQ fails it on its next fetch. Record that failure, or its row would wait for good.
  worker.on("failed", (job) => {
    if (!job?.deferredFailure) return;
    const handler = handlers.get(job.name);
    const data = handler?.job.payload.safeParse(job.data);
    if (!handler?.failed || !data?.success) return;
    const context = contextOf(job);
    handler
      .failed(data.data, STALLED_TOO_OFTEN, context)
      .catch((error: unknown) => context.log.error({ err: error }, "stalled job not recorded"));
  });

  return {
    worker,
    async waitUntilReady() {
      await worker.waitUntilReady();
    },
    async close() {
      await worker.close();
      await closeConnection(connection);
    },
  };
}

/** Whether this try is the job's last: BullMQ will not run it again. */
export function isLastTry(job: Pick<Job, "attemptsMade" | "opts">, error: unknown): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** An error's message, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
