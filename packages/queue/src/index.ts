export {
  bullErrorListener,
  closeConnection,
  connectProducer,
  createProducerConnection,
  createWorkerConnection,
  watchConnection,
} from "./connection.js";
export { DEFAULT_PREFIX, defaultJobOptions } from "./defaults.js";
export { RedisNotInstalledError } from "./errors.js";
export {
  type ClassifyPayload,
  classifyJob,
  type DeliverPayload,
  type DigestPayload,
  deliverJob,
  type IngestPayload,
  ingestJob,
  type JobDefinition,
  QUEUE,
  reconcileDeliveriesJob,
  reconcileIngestJob,
  type ScheduleTickPayload,
  scheduleTickJob,
} from "./jobs.js";
export {
  type KeptJobScheduler,
  keepJobScheduler,
  type ScheduledJobDefinition,
} from "./keep-job-scheduler.js";
export {
  createQueueEvents,
  createQueues,
  enqueueClassify,
  enqueueDeliveries,
  enqueueIngest,
  type JobCounts,
  jobCounts,
  missingJobIds,
  type Queues,
} from "./queues.js";
export { countLostWork, type LostWork } from "./reconcile/count-lost-work.js";
export {
  type DeliveryWorkStore,
  type ReconcileDeliveriesDeps,
  type ReconcileDeliveriesResult,
  reconcileDeliveries,
  STALE_SENDING_SECONDS,
} from "./reconcile/reconcile-deliveries.js";
export {
  type IngestWorkStore,
  type ReconcileIngestDeps,
  type ReconcileIngestResult,
  reconcileIngest,
} from "./reconcile/reconcile-ingest.js";
export { isRedisConnectionError } from "./redis-outage.js";
export {
  ensureEmbeddedRedis,
  findEmbeddedRedis,
  freePort,
  launchRedisServer,
  type RedisServer,
} from "./redis-server.js";
export {
  type JobContext,
  type JobHandler,
  type JobWorker,
  jobHandler,
  startJobWorker,
} from "./start-job-worker.js";
export { untilRedisStopsAnswering } from "./until-redis-stops-answering.js";
