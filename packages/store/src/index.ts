export type {
  ArchivedEdition,
  ArchivedEditionRow,
  ArticlePage,
  ArticleSource,
} from "./archive.js";
export {
  type ArticleChanges,
  type ArticleEditEntry,
  ArticleEditError,
  countWords,
  type DeskArticle,
  type DeskDump,
  type PrimaryEvidence,
} from "./article-edits.js";
export type {
  ArticleText,
  NewArticle,
  StoredArticle,
  UpsertArticlesResult,
} from "./articles.js";
export { carriedOverSince, isPeriodFrozen } from "./carried-over-since.js";
export { createStore, type Store, type StoreOptions } from "./create-store.js";
export type { Db, Sql } from "./db.js";
export type {
  ClaimedDelivery,
  ClaimHolder,
  DeliveryCounts,
  DeliveryRow,
  DeliveryState,
} from "./deliveries.js";
export type { DeskAction, DeskActionRow } from "./desk-audit.js";
export { readDeskSetting, writeDeskSetting } from "./desk-settings.js";
export {
  type DeskRole,
  type DeskUser,
  type DeskUserCredentials,
  DeskUserExistsError,
  type NewDeskUser,
} from "./desk-users.js";
export {
  type DumpProgress,
  type DumpRow,
  type DumpStatus,
  type RegisterDumpResult,
  sha256Hex,
} from "./dumps.js";
export type { ApprovalMode, EditionApproval } from "./edition-approval.js";
export { type EditionArticleRow, listEditionArticles } from "./edition-articles.js";
export {
  type EditionPickAction,
  type EditionPickRow,
  listEditionPicks,
  type PickPeriod,
} from "./edition-picks.js";
export type { EditionDeliveryStatus } from "./edition-status.js";
export type {
  EditionOutcomes,
  EditionRow,
  EditionStatus,
  SaveEditionResult,
} from "./editions.js";
export {
  DatabaseUnreachableError,
  MigrationError,
  PgliteBusyError,
  SchemaTooNewError,
} from "./errors.js";
export type { ArticleLabels, ClassifierEvidence } from "./labels.js";
export { loadMigrations, MIGRATIONS_DIR, type Migration, migrate } from "./migrate.js";
export type { StoreCounts } from "./store-counts.js";
export type {
  DeskSubscriber,
  ImportedSubscriber,
  ImportResult,
  SubscriberFilter,
  SuppressedSubscriber,
} from "./subscriber-desk.js";
export type {
  ConfirmOutcome,
  DigestFrequency,
  NewSubscriber,
  SubscribeOutcome,
  SubscriberChoices,
  SubscriberRow,
  SubscriberStatus,
  Subscription,
} from "./subscribers.js";
