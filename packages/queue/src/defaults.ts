import type { DefaultJobOptions } from "bullmq";

/**
 * Every queue key starts with this. The braces are a Redis Cluster hash tag: all the keys land in
 * one slot, so the same code runs on a cluster.
 */
export const DEFAULT_PREFIX = "{newsdesk}";

/** Retries with exponential backoff; completed jobs removed; failed ones kept a week for inspection. */
export const defaultJobOptions: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 50_000 },
};

/**
 * `deliver` jobs: transient SMTP failures (4xx, lost connections) retry with exponential
 * backoff for about 45 minutes (10 s, 20 s, ... 2 560 s over 9 tries) before the delivery is
 * marked failed. The delivery row, not the job, says whether the email went out.
 */
export const deliverJobOptions: DefaultJobOptions = {
  ...defaultJobOptions,
  attempts: 9,
  backoff: { type: "exponential", delay: 10_000 },
};

/**
 * `digest` jobs: a build or a resume is asked for by someone waiting for its answer (or by a
 * tick that the next one repeats), so a couple of quick tries is enough; failed ones are kept a
 * day to read why.
 */
export const digestJobOptions: DefaultJobOptions = {
  attempts: 2,
  backoff: { type: "exponential", delay: 1_000 },
  removeOnComplete: { age: 3600, count: 1_000 },
  removeOnFail: { age: 24 * 3600, count: 1_000 },
};
