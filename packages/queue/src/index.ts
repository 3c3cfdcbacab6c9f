export {
  closeConnection,
  connectProducer,
  createProducerConnection,
  createWorkerConnection,
  DEFAULT_REDIS_URL,
} from "./connection.js";
export {
  DEFAULT_PREFIX,
  defaultJobOptions,
  deliverJobOptions,
  digestJobOptions,
} from "./defaults.js";
export { RedisNotInstalledError, RedisStartError, RedisUnreachableError } from "./errors.js";
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
  type QueueName,
  type ScheduleTickPayload,
  scheduleTickJob,
} from "./jobs.js";
export {
  createQueueEvents,
  createQueues,
  enqueueClassify,
  enqueueDeliveries,
  enqueueIngest,
  type JobCounts,
  jobCounts,
  type QueueOptions,
  type Queues,
} from "./queues.js";
export {
  ensureEmbeddedRedis,
  findEmbeddedRedis,
  freePort,
  type LaunchOptions,
  launchRedisServer,
  pingRedis,
  type RedisServer,
} from "./redis-server.js";
export {
  errorMessage,
  isLastTry,
  type JobContext,
  type JobHandler,
  type JobWorker,
  type JobWorkerOptions,
  jobHandler,
  STALLED_TOO_OFTEN,
  startJobWorker,
} from "./start-job-worker.js";
