export {
  type ArticleLabeller,
  ArticleNotFoundError,
  ClassifyFailedError,
  createArticleLabeller,
} from "./article-labeller.js";
export {
  createIngestionWorker,
  type IngestionWorker,
  type IngestionWorkerOptions,
} from "./create-ingestion-worker.js";
export { InvalidEnvError, parseWorkerEnv, type WorkerEnv, workerEnv } from "./env.js";
export { createInboxWatcher, type InboxWatcher } from "./inbox.js";
export type { IngestResult } from "./jobs/ingest.js";
export { createLogger, type Logger } from "./logger.js";
export { loadClassify, parse } from "./pipeline.js";
export { BadDumpError, type ClassifyFn, type ParseFn } from "./pipeline-types.js";
export { type RunningWorker, runWorker } from "./run-worker.js";
export {
  publishStatusSnapshots,
  readStatusSnapshot,
  type StatusSnapshot,
} from "./status-snapshot.js";
export { type SubmittedDump, submitDump } from "./submit-dump.js";
export { waitForDump } from "./wait-for-dump.js";
