import type { DefaultJobOptions } from "bullmq";
import { z } from "zod";
import { defaultJobOptions, deliverJobOptions, digestJobOptions } from "./defaults.js";

/** Queue names, written once: producers and workers import them from here. */
export const QUEUE = {
  ingest: "ingest",
  classify: "classify",
  deliver: "deliver",
  /** The digest's own jobs: schedule ticks. */
  digest: "digest",
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

/**
 * Everything about one kind of job, in one place: the queue it runs on, its name, the zod schema
 * its payload must pass (producers parse before adding, workers before running), the options it
 * is added with, and how its deterministic id is made.
 */
export interface JobDefinition<Payload, IdArgs extends unknown[] = []> {
  queue: QueueName;
  name: string;
  payload: z.ZodType<Payload>;
  /** Retries, backoff and retention: the defaults of the job's queue. */
  options: DefaultJobOptions;
  /**
   * The job's id: the same work queued twice while its job exists is one job. (BullMQ ids must
   * not be bare integers, hence the prefixes.)
   */
  id?: (payload: Payload, ...args: IdArgs) => string;
}

/** `ingest`: a registered dump (its bytes are in the store) to split into articles. */
export const ingestJob = {
  queue: QUEUE.ingest,
  name: "ingest",
  payload: z.strictObject({ dumpId: z.number().int().positive() }),
  options: defaultJobOptions,
  id: ({ dumpId }: { dumpId: number }) => `dump-${dumpId}`,
} satisfies JobDefinition<{ dumpId: number }>;
export type IngestPayload = z.infer<typeof ingestJob.payload>;

/** `classify`: a stored article to label. */
export const classifyJob = {
  queue: QUEUE.classify,
  name: "classify",
  payload: z.strictObject({ articleId: z.number().int().positive() }),
  options: defaultJobOptions,
  /** `run` names a `newsdesk reclassify` run, so a finished job's id does not swallow it. */
  id: ({ articleId }: { articleId: number }, run?: string) =>
    run ? `article-${articleId}-${run}` : `article-${articleId}`,
} satisfies JobDefinition<{ articleId: number }, [string?]>;
export type ClassifyPayload = z.infer<typeof classifyJob.payload>;

/** `deliver`: one delivery row (an edition's email to one subscriber); no address, no content. */
export const deliverJob = {
  queue: QUEUE.deliver,
  name: "deliver",
  payload: z.strictObject({ deliveryId: z.number().int().positive() }),
  options: deliverJobOptions,
  id: ({ deliveryId }: { deliveryId: number }) => `delivery-${deliveryId}`,
} satisfies JobDefinition<{ deliveryId: number }>;
export type DeliverPayload = z.infer<typeof deliverJob.payload>;

/**
 * `schedule-tick` (on the `digest` queue), made by one job scheduler that every digest process
 * upserts: builds and prepares the editions whose send slot has come. No payload: the tick reads
 * the clock when it runs.
 */
export const scheduleTickJob = {
  queue: QUEUE.digest,
  name: "schedule-tick",
  payload: z.strictObject({}),
  options: digestJobOptions,
  schedule: {
    /** The scheduler's id: upserting it again changes nothing. */
    id: "digest-schedule",
    /**
     * Every quarter hour: send hours are whole hours of local time, and the zones at :30 and
     * :45 offsets (India, Nepal, Chatham Islands) reach them at :30 or :45 past a UTC hour.
     */
    pattern: "*/15 * * * *",
  },
} satisfies JobDefinition<Record<string, never>> & { schedule: { id: string; pattern: string } };
export type ScheduleTickPayload = z.infer<typeof scheduleTickJob.payload>;

export type DigestPayload = ScheduleTickPayload;

/**
 * The database is the record of work; Redis may forget it (a restart without persistence, a
 * flush). Every minute a reconcile job re-queues, by their deterministic ids, the jobs of work
 * the database still holds whose jobs are missing from Redis. One job scheduler per kind: its
 * id makes one job per minute however many processes upsert it, so one process runs it.
 */
const RECONCILE_PATTERN = "* * * * *";

/** `reconcile-ingest` (on the `ingest` queue): dumps left queued or parsing, articles left unclassified. */
export const reconcileIngestJob = {
  queue: QUEUE.ingest,
  name: "reconcile-ingest",
  payload: z.strictObject({}),
  options: digestJobOptions,
  schedule: { id: "reconcile-ingest", pattern: RECONCILE_PATTERN },
} satisfies JobDefinition<Record<string, never>> & { schedule: { id: string; pattern: string } };

/** `reconcile-deliveries` (on the `digest` queue): deliveries of unpaused editions left unsent. */
export const reconcileDeliveriesJob = {
  queue: QUEUE.digest,
  name: "reconcile-deliveries",
  payload: z.strictObject({}),
  options: digestJobOptions,
  schedule: { id: "reconcile-deliveries", pattern: RECONCILE_PATTERN },
} satisfies JobDefinition<Record<string, never>> & { schedule: { id: string; pattern: string } };
