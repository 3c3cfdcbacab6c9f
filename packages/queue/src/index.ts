export {
  closeConnection,
  connectProducer,
  createProducerConnection,
  createWorkerConnection,
  DEFAULT_REDIS_URL,
} from "./connection.js";
export { DEFAULT_PREFIX, defaultJobOptions, deliverJobOptions } from "./defaults.js";
export {
  RedisNotInstalledError,
  RedisStartError,
  RedisUnreachableError,
  redactUrl,
} from "./errors.js";
export {
  type ClassifyPayload,
  classifyPayload,
  type DeliverPayload,
  deliverPayload,
  type IngestPayload,
  ingestPayload,
  jobId,
  QUEUE,
  type QueueName,
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
