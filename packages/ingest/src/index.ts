export { DumpOverLimitError } from "./dump-over-limit.js";
export { type WorkerEnv, workerEnv } from "./env.js";
export type { IngestResult } from "./jobs/ingest.js";
export { loadClassify, parse } from "./pipeline/pipeline.js";
export { type SubmittedDump, submitDump } from "./submit-dump.js";
export { createIngestionWorker, type IngestionWorker } from "./worker/create-ingestion-worker.js";
export { runWorker } from "./worker/run-worker.js";
