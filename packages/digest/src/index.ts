export {
  buildDigestEdition,
  type PeriodEdition,
  periodEdition,
} from "./edition/build-digest-edition.js";
export { buildEdition } from "./edition/build-edition.js";
export { draftPeriod } from "./edition/draft-period.js";
export { editionFromJson } from "./edition/edition-json.js";
export { type DigestBuildSummary, summarizeEdition } from "./edition/edition-summary.js";
export { type FrozenEdition, freezeNotice } from "./edition/freeze-notice.js";
export { loadBranding } from "./edition/load-branding.js";
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
export { openConnections } from "./open-connections.js";
export { deliveryWorkerFor, publicUrlOf, runDigest } from "./run-digest.js";
export type { DigestPeriod, DigestSchedule } from "./schedule/digest-period.js";
export { isTimeZone } from "./schedule/zoned-time.js";
export {
  checkLinkToken,
  linkToken,
  loadSecret,
  mailDomainOf,
  sameToken,
  subscriberLinks,
} from "./signed-links.js";
