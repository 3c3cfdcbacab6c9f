import {
  closeConnection,
  connectProducer,
  createQueueEvents,
  createQueues,
  createWorkerConnection,
  type DigestPayload,
  findEmbeddedRedis,
} from "@newsdesk/queue";
import type { CliEnv } from "../env.js";
import { DigestNotRunningError, HandOverFailedError } from "../errors.js";

/** How long a command waits for the running digest to answer. */
const ANSWER_TIMEOUT_MS = 5 * 60_000;

/**
 * PGlite has one owner: while `newsdesk start` runs, a command cannot open the embedded
 * database, so it hands its job to that process through the `digest` queue (on the embedded
 * Redis it launched into DATA_DIR, or REDIS_URL) and waits for the job's result: the same job a
 * schedule runs, with the same answer as doing it here.
 */
export async function handToRunningDigest<Result>(
  env: Pick<CliEnv, "REDIS_URL" | "DATA_DIR" | "QUEUE_PREFIX">,
  ownerPid: number,
  job: { name: string; data: DigestPayload },
  options: { timeoutMs?: number } = {},
): Promise<Result> {
  const redisUrl = env.REDIS_URL ?? (await findEmbeddedRedis(env.DATA_DIR))?.url;
  if (!redisUrl) {
    throw new DigestNotRunningError(
      `the embedded database in ${env.DATA_DIR} is in use by process ${ownerPid}, and no Redis answers to hand it the job: stop that process and run this again, or start Newsdesk with \`npm start\``,
    );
  }
  const connection = await connectProducer(redisUrl, "newsdesk-cli");
  const queues = createQueues({ connection, prefix: env.QUEUE_PREFIX });
  const eventsConnection = createWorkerConnection(redisUrl, "newsdesk-cli-events");
  const events = createQueueEvents("digest", {
    connection: eventsConnection,
    prefix: env.QUEUE_PREFIX,
  });
  try {
    if ((await queues.digest.getWorkersCount()) === 0) {
      throw new DigestNotRunningError(
        `the embedded database in ${env.DATA_DIR} is in use by process ${ownerPid}, which does not run the digest (a \`newsdesk worker\`?): stop it and run this again, or run \`npm start\`, which does both`,
      );
    }
    // Listening before the job exists, so its end cannot be missed.
    await events.waitUntilReady();
    const added = await queues.digest.add(job.name, job.data);
    try {
      return (await added.waitUntilFinished(
        events,
        options.timeoutMs ?? ANSWER_TIMEOUT_MS,
      )) as Result;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new HandOverFailedError(
        `the running digest (process ${ownerPid}) could not do it: ${reason}. Its log says more; fix the cause and run this again`,
      );
    }
  } finally {
    await events.close();
    await closeConnection(eventsConnection);
    await queues.close();
    await closeConnection(connection);
  }
}
