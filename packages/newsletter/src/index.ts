export { beatName, TOP_LEVEL_BEATS } from "./beat-name.js";
export {
  BRANDING_LIMITS,
  type Branding,
  type BrandingCheck,
  type BrandingField,
  type BrandingInput,
  brandingFromStored,
  DEFAULT_BRANDING,
  MIN_CONTRAST,
  validateBranding,
} from "./branding.js";
export {
  type BuildEditionOptions,
  buildEdition,
  DEFAULT_ALSO_PER_CARD,
  DEFAULT_CAP_PER_REGION,
  DEFAULT_TOP_STORIES,
} from "./build-edition.js";
export { buildEditionOffThread } from "./build-edition-off-thread.js";
export type { CompiledText } from "./compiled-text.js";
export { contrastRatio, darkenUntil } from "./contrast-ratio.js";
export { editionList } from "./edition-list.js";
export { editionPeriod } from "./edition-period.js";
export {
  applyEditionPicks,
  type EditionPicks,
  movedPositions,
  NO_PICKS,
  withoutDropped,
} from "./edition-picks.js";
export {
  EditionThreadError,
  InvalidLinkError,
  InvalidPublicUrlError,
  TemplateValidationError,
} from "./errors.js";
export {
  type FilledEmail,
  fillForSubscriber,
  type SubscriberValues,
  slotValues,
} from "./fill-for-subscriber.js";
export {
  DISTINCTIVE_MAX_ARTICLES,
  MIN_SHARED_DISTINCTIVE,
  NEAR_DUPLICATE_THRESHOLD,
  nearDuplicateClusters,
} from "./near-duplicate-clusters.js";
export { DEFAULT_REGION_ORDER, regionName } from "./regions.js";
export { type Notice, type RenderedNotice, renderNotice } from "./render-notice.js";
export {
  MAX_TEMPLATE_HTML_BYTES,
  type RenderOptions,
  renderSegment,
  type SegmentTemplate,
} from "./render-segment.js";
export { salience } from "./salience.js";
export { normalizeSegment, segmentKey, selectSegment } from "./select-segment.js";
export { summarizeLede } from "./summarize-lede.js";
export { type SlotName, SUBJECT_MAX, subjectLine } from "./template-data.js";
export { clearEditionTemplates, TEMPLATES_PATH } from "./templates.js";
export type {
  Edition,
  EditionArticle,
  EditionItem,
  EditionSection,
  Frequency,
  PrimaryEvidence,
  RelatedArticle,
  ScoredLabel,
  Segment,
  SegmentEdition,
  SegmentSection,
} from "./types.js";
export { SET_BY_EDITOR, type WhyFiledOptions, whyFiled } from "./why-filed.js";
