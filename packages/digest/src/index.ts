export {
  type BuiltDigestEdition,
  buildDigestEdition,
  buildEditionForPeriod,
} from "./build-digest-edition.js";
export {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from "./create-delivery-worker.js";
export {
  createDigestWorker,
  type DigestWorker,
  type DigestWorkerOptions,
  SCHEDULE_ID,
  TICK_PATTERN,
} from "./create-digest-worker.js";
export {
  DEFAULT_SCHEDULE,
  type DigestPeriod,
  type DigestSchedule,
  digestPeriod,
  duePeriod,
} from "./digest-period.js";
export { CATCH_UP_MS, type DueEdition, dueEditions } from "./due-editions.js";
export { editionFromJson, editionToJson } from "./edition-json.js";
export { editionBrowserUrl, segmentSearch } from "./edition-links.js";
export { type DigestBuildSummary, summarizeEdition } from "./edition-summary.js";
export {
  type DigestEnv,
  digestEnv,
  failurePolicyOf,
  InvalidDigestEnvError,
  parseDigestEnv,
  scheduleOf,
} from "./env.js";
export {
  EditionNotFoundError,
  MailboxPortUnavailableError,
  PortUnavailableError,
  UnknownEditionError,
} from "./errors.js";
export { DEFAULT_FAILURE_POLICY, type FailurePolicy, pauseReason } from "./failure-rate.js";
export * as buildEditionJob from "./jobs/build-edition.js";
export type { DeliverOutcome } from "./jobs/deliver.js";
export type { TickReport } from "./jobs/schedule-tick.js";
export { createLogger, type Logger } from "./logger.js";
export { Cleanup, openConnections } from "./open-connections.js";
export { pauseIfFailing } from "./pause-edition.js";
export { type PreparedEdition, prepareEdition, queueDeliveries } from "./prepare-edition.js";
export { readUnsubscribeRequest, type UnsubscribeRequest } from "./read-unsubscribe-request.js";
export {
  type PreviewOptions,
  type PreviewResult,
  previewSubscriberLinks,
  renderPreview,
} from "./render-preview.js";
export { type ResumedEdition, resumeEdition } from "./resume-edition.js";
export {
  deliveryWorkerFor,
  digestWorkerFor,
  publicUrlOf,
  type RunningDigest,
  runDigest,
  type SharedConnections,
  unsubscribeMailboxFor,
} from "./run-digest.js";
export { createSegmentCache, type PreparedSegment, type SegmentCache } from "./segment-cache.js";
export {
  checkLinkToken,
  linkToken,
  loadSecret,
  mailDomainOf,
  type SubscriberLinks,
  sameToken,
  subscriberLinks,
} from "./signed-links.js";
export {
  answerUnsubscribeEmail,
  MAILBOX_MAX_BYTES,
  type MailboxAnswer,
  startUnsubscribeMailbox,
  type UnsubscribeMailbox,
} from "./unsubscribe-mailbox.js";
export { isTimeZone } from "./zoned-time.js";
