export { buildDigestEdition } from "./edition/build-digest-edition.js";
export { buildEdition } from "./edition/build-edition.js";
export { editionFromJson } from "./edition/edition-json.js";
export { type DigestBuildSummary, summarizeEdition } from "./edition/edition-summary.js";
export {
  type PreviewOptions,
  type PreviewResult,
  previewSubscriberLinks,
  renderPreview,
} from "./edition/render-preview.js";
export { type ResumedEdition, resumeEdition } from "./edition/resume-edition.js";
export { digestEnv, scheduleOf } from "./env.js";
export { PortUnavailableError } from "./errors.js";
export type { DeliverOutcome } from "./jobs/deliver.js";
export type { TickReport } from "./jobs/schedule-tick.js";
export { Cleanup, openConnections } from "./open-connections.js";
export { deliveryWorkerFor, publicUrlOf, runDigest } from "./run-digest.js";
export type { DigestSchedule } from "./schedule/digest-period.js";
export { isTimeZone } from "./schedule/zoned-time.js";
export {
  checkLinkToken,
  linkToken,
  loadSecret,
  mailDomainOf,
  sameToken,
  subscriberLinks,
} from "./signed-links.js";
