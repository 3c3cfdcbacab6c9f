export {
  type BuiltDigestEdition,
  buildDigestEdition,
} from "./build-digest-edition.js";
export {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from "./create-delivery-worker.js";
export { DEFAULT_SCHEDULE, type DigestSchedule, digestPeriod } from "./digest-period.js";
export { editionFromJson, editionToJson } from "./edition-json.js";
export { type DigestEnv, digestEnv, InvalidDigestEnvError, parseDigestEnv } from "./env.js";
export { EditionNotFoundError } from "./errors.js";
export type { DeliverOutcome } from "./jobs/deliver.js";
export { createLogger, type Logger } from "./logger.js";
export { type PreparedEdition, prepareEdition } from "./prepare-edition.js";
export {
  deliveryWorkerFor,
  publicUrlOf,
  type RunningDigest,
  runDigest,
  type SharedConnections,
} from "./run-digest.js";
export { createSegmentCache, type SegmentCache } from "./segment-cache.js";
export {
  linkToken,
  loadSecret,
  mailDomainOf,
  type SubscriberLinks,
  subscriberLinks,
} from "./signed-links.js";
export { BODY_LIMIT_BYTES, createWebApp } from "./web/create-web-app.js";
export { type RunningWeb, runWeb, type SharedWebConnections } from "./web/run-web.js";
export type { WebDeps } from "./web/web-deps.js";
