import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createLogger } from "@newsdesk/config";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeConnection, connectProducer, createWorkerConnection } from "./connection.js";
import { classifyJob, QUEUE } from "./jobs.js";
import { createQueueEvents, createQueues } from "./queues.js";
import { launchRedisServer, type RedisServer } from "./redis-server.js";
import { jobHandler, startJobWorker } from "./start-job-worker.js";
import { uniquePrefix } from "./test-support/index.js";

describe("a Redis that stops", () => {
  let dir: string;
  let redis: RedisServer | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("is logged once, saying what to do, by every kind of connection, with nothing printed raw", {
    timeout: 240_000,
  }, async () => {
    // Its own server, not REDIS_URL's: this test stops it.
    dir = await mkdtemp(join(tmpdir(), "newsdesk-redis-outage-"));
    redis = await launchRedisServer({ dir, persist: false });
    const lines: { msg: string; connection?: string }[] = [];
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
    });
    const log = createLogger("info", stream, { pretty: false });
    // ioredis prints an error event nobody listens to with console.error; BullMQ does the same
    // for a queue's, worker's or queue events' error.
    const printed = vi.spyOn(console, "error");

    const prefix = uniquePrefix();
    const producer = await connectProducer(redis.url, log, "newsdesk-test-producer");
    const queues = createQueues({ connection: producer, prefix });
    const eventsConnection = createWorkerConnection(redis.url, log, "newsdesk-test-events");
    const events = createQueueEvents("classify", { connection: eventsConnection, prefix });
    const worker = startJobWorker({
      queue: QUEUE.classify,
      handlers: [jobHandler({ job: classifyJob, run: async () => undefined })],
      redisUrl: redis.url,
      prefix,
      log,
      connectionName: "newsdesk-test-worker",
    });
    const plain = createWorkerConnection(redis.url, log, "newsdesk-test-plain");
    await Promise.all([
      worker.waitUntilReady(),
      events.waitUntilReady(),
      queues.classify.waitUntilReady(),
      plain.ping(),
    ]);

    const producerGaveUp = nextEvent(producer, "end");
    const { port } = redis;
    await redis.stop();
    redis = undefined;
    // Each failed try to reconnect emits an error first: three of them are three retries.
    for (let retry = 0; retry < 3; retry++) await nextEvent(plain, "reconnecting");
    await producerGaveUp;

    expect(printed).not.toHaveBeenCalled();
    const outages = lines.filter((line) => line.msg.startsWith("Redis does not answer at"));
    expect(outages).toHaveLength(1);
    expect(outages[0]?.msg).toMatch(/is Redis running at REDIS_URL\?/);
    expect(lines.filter((line) => /error/i.test(line.msg))).toEqual([]);

    // Back on the same port: the connections that kept trying say so once, and close cleanly.
    const back = nextEvent(plain, "ready");
    redis = await launchRedisServer({ dir, persist: false, port });
    await back;
    expect(lines.filter((line) => line.msg === "Redis answers again")).toHaveLength(1);
    // The worker takes jobs again (the first producer gave up for good, as producers do); a
    // worker closes cleanly only once it has fetched again.
    const again = await connectProducer(redis.url, log, "newsdesk-test-producer-again");
    const queuesAgain = createQueues({ connection: again, prefix });
    const job = await queuesAgain.classify.add(classifyJob.name, { articleId: 1 });
    // Asked, not awaited as an event: queue events that reconnected may miss the job's. Done
    // means removed, as completed jobs are.
    await expect.poll(() => job.getState(), { timeout: 180_000, interval: 100 }).toBe("unknown");
    // The queue events' connection (the worker's too) may still be waiting out a retry's backoff,
    // which can outlast the outage: closing must not wait for it (`events.close()` hung here for
    // good in 2 runs of 27 before; see ends-when-disconnected-while-retrying.ts).
    await worker.close();
    await events.close();
    await Promise.all([queues.close(), queuesAgain.close()]);
    await Promise.all([eventsConnection, plain, producer, again].map(closeConnection));
  });
});

/** The next `name` event: unlike `events.once`, adds no 'error' listener of its own. */
function nextEvent(emitter: Pick<NodeJS.EventEmitter, "once">, name: string): Promise<void> {
  return new Promise((resolve) => emitter.once(name, () => resolve()));
}
