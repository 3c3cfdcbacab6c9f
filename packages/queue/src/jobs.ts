import { z } from "zod";

/** Queue names, written once: producers and workers import them from here. */
export const QUEUE = {
  ingest: "ingest",
  classify: "classify",
  deliver: "deliver",
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
