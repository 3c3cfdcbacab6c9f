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
export {
  RedisNotInstalledError,
  RedisStartError,
  RedisUnreachableError,
  redactUrl,
} from "./errors.js";
export {
  type BuildEditionPayload,
  buildEditionPayload,
  type ClassifyPayload,
  classifyPayload,
  type DeliverPayload,
  DIGEST_JOB,
  type DigestPayload,
  deliverPayload,
  type IngestPayload,
  ingestPayload,
  jobId,
  QUEUE,
  type QueueName,
  type ResumeEditionPayload,
  resumeEditionPayload,
  type ScheduleTickPayload,
  scheduleTickPayload,
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
