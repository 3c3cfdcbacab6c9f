import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createLogger } from "@newsdesk/config";
import {
  closeConnection,
  createProducerConnection,
  createQueues,
  launchRedisServer,
  type Queues,
} from "@newsdesk/queue";
import { createStore } from "@newsdesk/store";
import { addInChunks, benchSegments, benchSubscribers, seedArticles } from "./bench-data.js";
import { benchDeliver } from "./deliver-bench.js";
import { benchPrepare } from "./prepare-bench.js";

/**
 * `npm run bench`: (a) preparing an edition for SUBSCRIBERS subscribers in 50 segments (build,
 * render each segment once, delivery rows, deliver jobs), target under 20 s; (b) delivering
 * MESSAGES emails through pooled SMTP to a sink in another process, target 300 messages/s.
 * PostgreSQL from DATABASE_URL (in a schema of its own, dropped after) or PGlite in a temporary
 * folder; REDIS_URL (under prefixes of their own, deleted after) or a throwaway redis-server.
 * Prints figures; nothing here asserts on time.
 */
const SUBSCRIBERS = Number(process.argv[2] ?? 100_000);
const MESSAGES = Number(process.argv[3] ?? 5_000);
const SEGMENTS = 50;
const CONCURRENCY = 50;
const CONNECTIONS = 10;
const SINK = fileURLToPath(new URL("./smtp-sink.js", import.meta.url));
const databaseUrl = process.env.DATABASE_URL;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "newsdesk-digest-bench-"));
  const launched = process.env.REDIS_URL
    ? undefined
    : await launchRedisServer({ dir: join(dir, "redis"), persist: false });
  const redisUrl = process.env.REDIS_URL ?? (launched?.url as string);
  const schema = databaseUrl ? `bench_digest_${Date.now().toString(36)}` : undefined;
  const store = await createStore(
    databaseUrl ? { databaseUrl, schema } : { dataDir: join(dir, "data") },
  );
  const run = Date.now().toString(36);
  const prefixes = [`{newsdesk-bench-prepare-${run}}`, `{newsdesk-bench-deliver-${run}}`];
  const producer = createProducerConnection(
    redisUrl,
    createLogger(process.env.LOG_LEVEL ?? "warn"),
  );
  const [prepareQueues, deliverQueues] = prefixes.map((prefix) =>
    createQueues({ connection: producer, prefix }),
  ) as [Queues, Queues];
  let sink: ChildProcess | undefined;
  try {
    console.log(
      `digest bench: store ${databaseUrl ? "PostgreSQL" : "PGlite"}, Redis ${launched ? "throwaway redis-server" : "REDIS_URL"}`,
    );
    const segments = benchSegments(SEGMENTS);
    const mark = performance.now();
    const articles = await seedArticles(store);
    await addInChunks(
      store,
      benchSubscribers(SUBSCRIBERS, segments, { prefix: "daily", frequency: "daily" }),
    );
    await addInChunks(
      store,
      benchSubscribers(MESSAGES, segments, { prefix: "weekly", frequency: "weekly" }),
    );
    console.log(
      `seeded ${articles} articles, ${SUBSCRIBERS} daily and ${MESSAGES} weekly subscribers in ${segments.length} segments (${((performance.now() - mark) / 1000).toFixed(1)} s)`,
    );

    const a = await benchPrepare({ store, deliverQueue: prepareQueues.deliver }, segments);
    console.log(
      `\n(a) preparing an edition for ${a.deliveries} subscribers in ${segments.length} segments`,
    );
    console.log(`  build edition            ${ms(a.buildMs)}`);
    console.log("  then, side by side:");
    console.log(
      `  render ${segments.length} segments       ${ms(a.renderMs)}  (first compile ${ms(a.firstCompileMs)}, then ${a.compileMsPerSegment.toFixed(1)} ms per segment)`,
    );
    console.log(`  delivery rows            ${ms(a.rowsMs)}`);
    console.log(`  deliver jobs (${a.jobs})    ${ms(a.queueMs)}`);
    console.log(
      `  total                    ${ms(a.totalMs)}  target < 20 s: ${a.totalMs < 20_000 ? "met" : "missed"}`,
    );
    console.log(
      `  fill per subscriber      ${a.fillUsPerSubscriber.toFixed(1)} us (greeting and links into both parts, already quoted-printable; largest HTML part as sent ${a.largestHtmlKb.toFixed(1)} KB)`,
    );
    console.log(
      `  compile / fill           ${Math.round((a.compileMsPerSegment * 1000) / a.fillUsPerSubscriber)}x`,
    );
    // The prepared edition's jobs are not for sending here.
    await prepareQueues.deliver.obliterate({ force: true });

    sink = spawn(process.execPath, [SINK], { stdio: ["ignore", "pipe", "inherit"] });
    const lines = createInterface({ input: sink.stdout as NodeJS.ReadableStream });
    const [first] = (await once(lines, "line")) as [string];
    const port = Number(first.split(" ")[1]);
    const b = await benchDeliver({ store, deliverQueue: deliverQueues.deliver }, segments, {
      redisUrl,
      prefix: prefixes[1] as string,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      concurrency: CONCURRENCY,
      connections: CONNECTIONS,
    });
    sink.kill("SIGTERM");
    const [last] = (await once(lines, "line")) as [string];
    const accepted = Number(last.split(" ")[1]);
    const perSecond = accepted / b.seconds;
    console.log(
      `\n(b) delivering ${b.messages} jobs to an SMTP sink in another process (${CONCURRENCY} jobs in flight, ${CONNECTIONS} pooled connections)`,
    );
    console.log(
      `  ${accepted} messages accepted in ${b.seconds.toFixed(2)} s: ${Math.round(perSecond)} msgs/s  target 300/s: ${perSecond >= 300 ? "met" : "missed"}${b.failed ? ` (${b.failed} failed)` : ""}`,
    );
    console.log(
      `  CPU of the sending process: ${b.cpuMsPerMessage.toFixed(2)} ms per message, ${Math.round(1000 / b.cpuMsPerMessage)} msgs/s per free core (load average now ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
    );
  } finally {
    if (sink && sink.exitCode === null) sink.kill("SIGKILL");
    for (const queues of [prepareQueues, deliverQueues]) {
      await queues.deliver.obliterate({ force: true });
      await queues.close();
    }
    await closeConnection(producer);
    if (schema) await store.db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await store.close();
    await launched?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

await main();
