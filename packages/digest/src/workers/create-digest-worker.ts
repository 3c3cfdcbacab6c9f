import {
  closeConnection,
  createWorkerConnection,
  DEFAULT_PREFIX,
  type DeliverPayload,
  type DigestPayload,
  deliverJobOptions,
  digestJobOptions,
  QUEUE,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { Queue, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { z } from "zod";
import { UnknownEditionError } from "../errors.js";
import * as buildEditionJob from "../jobs/build-edition.js";
import * as resumeEditionJob from "../jobs/resume-edition.js";
import * as scheduleTickJob from "../jobs/schedule-tick.js";
import type { Logger } from "../logger.js";
import type { DigestSchedule } from "../schedule/digest-period.js";

/** The one job scheduler of every digest process (upserting it again changes nothing). */
export const SCHEDULE_ID = "digest-schedule";

/**
 * Every quarter hour: send hours are whole hours of local time, and the zones at :30 and :45
 * offsets (India, Nepal, Chatham Islands) reach them at :30 or :45 past a UTC hour.
 */
export const TICK_PATTERN = "*/15 * * * *";

export interface DigestWorkerOptions {
  redisUrl: string;
  prefix?: string | undefined;
  store: Store;
  log: Logger;
  schedule: DigestSchedule;
  /** Tests: a tick every this many ms instead of `TICK_PATTERN`. */
  tickEveryMs?: number | undefined;
  /** Tests: the time a tick or build runs at. */
  clock?: (() => Date) | undefined;
  catchUpMs?: number | undefined;
  lockDurationMs?: number | undefined;
}

export interface DigestWorker {
  worker: Worker<DigestPayload>;
  /** Upserts the job scheduler and waits for the worker. */
  waitUntilReady(): Promise<void>;
  /** Lets active jobs finish, then closes the worker, its queues and connections. */
  close(): Promise<void>;
}

/**
 * The `digest` queue's worker of one process: schedule ticks from the job scheduler, and the
 * builds and resumes that commands hand over (PGlite has one owner: the running process).
 * Nothing starts at import time.
 */
export function createDigestWorker(options: DigestWorkerOptions): DigestWorker {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const clock = options.clock ?? (() => new Date());
  const connection: Redis = createWorkerConnection(options.redisUrl, "newsdesk-digest-schedule");
  // This process lives long: its queues' connection must outlast a Redis restart, unlike a
  // command's producer connection, which gives up fast to report the error.
  const producer: Redis = createWorkerConnection(options.redisUrl, "newsdesk-digest-producer");
  const deliverQueue = new Queue<DeliverPayload>(QUEUE.deliver, {
    connection: producer,
    prefix,
    defaultJobOptions: deliverJobOptions,
  });
  const digestQueue = new Queue<DigestPayload>(QUEUE.digest, {
    connection: producer,
    prefix,
    defaultJobOptions: digestJobOptions,
  });
  const deps = { store: options.store, deliverQueue };

  const worker = new Worker<DigestPayload>(
    QUEUE.digest,
    async (job) => {
      const log = options.log.child({ jobId: job.id, jobName: job.name });
      switch (job.name) {
        case scheduleTickJob.name:
          return scheduleTickJob.handle(parse(scheduleTickJob.payload, job), {
            ...deps,
            schedule: options.schedule,
            now: clock(),
            log,
            catchUpMs: options.catchUpMs,
          });
        case buildEditionJob.name:
          return buildEditionJob.handle(parse(buildEditionJob.payload, job), {
            ...deps,
            schedule: options.schedule,
            now: clock(),
          });
        case resumeEditionJob.name: {
          const data = parse(resumeEditionJob.payload, job);
          const resumed = await resumeEditionJob.handle(data, deps).catch((error: unknown) => {
            // A wrong id stays wrong: answer the command at once instead of retrying.
            if (error instanceof UnknownEditionError) throw new UnrecoverableError(error.message);
            throw error;
          });
          log.info({ ...resumed }, "edition resumed");
          return resumed;
        }
        default:
          throw new UnrecoverableError(`unknown digest job ${JSON.stringify(job.name)}`);
      }
    },
    {
      connection,
      prefix,
      // A tick and a handed-over build side by side; each runs its steps in order.
      concurrency: 2,
      lockDuration: options.lockDurationMs ?? 30_000,
    },
  );
  worker.on("error", (error) =>
    options.log.error({ err: error, queue: worker.name }, "worker error"),
  );
  worker.on("failed", (job, error) => {
    // A command's mistake (an unknown edition) is the command's to report.
    const level = error.name === "UnrecoverableError" ? "warn" : "error";
    options.log[level](
      { jobId: job?.id, jobName: job?.name, err: error.message },
      "digest job failed",
    );
  });

  return {
    worker,
    async waitUntilReady() {
      await digestQueue.upsertJobScheduler(
        SCHEDULE_ID,
        options.tickEveryMs ? { every: options.tickEveryMs } : { pattern: TICK_PATTERN },
        { name: scheduleTickJob.name, data: {} },
      );
      await worker.waitUntilReady();
    },
    async close() {
      await worker.close();
      await Promise.all([deliverQueue.close(), digestQueue.close()]);
      await Promise.all([closeConnection(connection), closeConnection(producer)]);
    },
  };
}

/** A payload checked against its job's schema: a malformed one fails for good, untried again. */
function parse<T>(schema: z.ZodType<T>, job: { name: string; data: unknown }): T {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) {
    throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.message}`);
  }
  return parsed.data;
}
