export {
  closeConnection,
  connectProducer,
  createProducerConnection,
  createWorkerConnection,
  DEFAULT_REDIS_URL,
} from "./connection.js";
export { DEFAULT_PREFIX, defaultJobOptions } from "./defaults.js";
export {
  RedisNotInstalledError,
  RedisStartError,
  RedisUnreachableError,
  redactUrl,
} from "./errors.js";
export {
  type ClassifyPayload,
  classifyPayload,
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
