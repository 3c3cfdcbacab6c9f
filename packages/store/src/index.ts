export type {
  ArchivedEdition,
  ArchivedEditionRow,
  ArticlePage,
  ArticleSource,
} from "./archive-queries.js";
export { createStore, type Store, type StoreOptions, sha256Hex } from "./create-store.js";
export type { Db, Sql } from "./db.js";
export type {
  ClaimedDelivery,
  DeliveryCounts,
  DeliveryRow,
  DeliveryState,
  DigestFrequency,
  EditionOutcomes,
  EditionRow,
  EditionStatus,
  NewSubscriber,
  SaveEditionResult,
  SubscriberRow,
  SubscriberStatus,
} from "./digest-types.js";
export { type EditionArticleRow, listEditionArticles } from "./edition-articles.js";
export {
  DatabaseUnreachableError,
  MigrationError,
  PgliteBusyError,
  SchemaTooNewError,
} from "./errors.js";
export { loadMigrations, MIGRATIONS_DIR, type Migration, migrate } from "./migrate.js";
export type {
  ConfirmOutcome,
  SubscribeOutcome,
  SubscriberChoices,
  Subscription,
} from "./subscriber-types.js";
export type {
  ArticleLabels,
  ArticleText,
  DumpProgress,
  DumpRow,
  DumpStatus,
  NewArticle,
  RegisterDumpResult,
  StoreCounts,
  StoredArticle,
  UpsertArticlesResult,
} from "./types.js";
