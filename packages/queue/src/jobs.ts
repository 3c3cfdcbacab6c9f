import { z } from "zod";

/** Queue names, written once: producers and workers import them from here. */
export const QUEUE = {
  ingest: "ingest",
  classify: "classify",
  deliver: "deliver",
  /** The digest's own jobs: schedule ticks, edition builds handed over, resumes. */
  digest: "digest",
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

/** `ingest`: a registered dump (its bytes are in the store) to split into articles. */
export const ingestPayload = z.strictObject({
  dumpId: z.number().int().positive(),
});
export type IngestPayload = z.infer<typeof ingestPayload>;

/** `classify`: a stored article to label. */
export const classifyPayload = z.strictObject({
  articleId: z.number().int().positive(),
});
export type ClassifyPayload = z.infer<typeof classifyPayload>;

/** `deliver`: one delivery row (an edition's email to one subscriber); no address, no content. */
export const deliverPayload = z.strictObject({
  deliveryId: z.number().int().positive(),
});
export type DeliverPayload = z.infer<typeof deliverPayload>;

/** Job names on the `digest` queue (one queue: one worker per digest process serves them all). */
export const DIGEST_JOB = {
  /** Made by the job scheduler: builds and prepares the editions whose send slot has come. */
  scheduleTick: "schedule-tick",
  /** Builds the current period's edition (and with `send`, prepares it): `digest build`. */
  buildEdition: "build-edition",
  /** Resumes a paused edition and queues its remaining deliveries: `digest resume`. */
  resumeEdition: "resume-edition",
} as const;

/** `schedule-tick`: nothing; the tick reads the clock when it runs. */
export const scheduleTickPayload = z.strictObject({});
export type ScheduleTickPayload = z.infer<typeof scheduleTickPayload>;

/** `build-edition`: which edition, and whether to freeze its audience and queue its emails. */
export const buildEditionPayload = z.strictObject({
  frequency: z.enum(["daily", "weekly"]),
  send: z.boolean(),
});
export type BuildEditionPayload = z.infer<typeof buildEditionPayload>;

/** `resume-edition`: a paused edition. */
export const resumeEditionPayload = z.strictObject({
  editionId: z.number().int().positive(),
});
export type ResumeEditionPayload = z.infer<typeof resumeEditionPayload>;

export type DigestPayload = ScheduleTickPayload | BuildEditionPayload | ResumeEditionPayload;

/**
 * Deterministic job ids: the same dump or article queued twice while its job exists is one job.
 * (BullMQ ids must not be bare integers, hence the prefix.)
 */
export const jobId = {
  ingest: (dumpId: number) => `dump-${dumpId}`,
  classify: (articleId: number) => `article-${articleId}`,
  deliver: (deliveryId: number) => `delivery-${deliveryId}`,
  /** `newsdesk reclassify`: a run of its own, so it is not merged with a finished job's id. */
  reclassify: (articleId: number, run: string) => `article-${articleId}-${run}`,
};
