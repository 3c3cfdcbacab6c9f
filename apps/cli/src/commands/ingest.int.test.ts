import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  deleteKeysAt,
  startTestRedis,
  type TestRedis,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { createStore } from "@newsdesk/store";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../test-io.js";

// The reference dump is read from ../shared, never copied into the repository.
const SEED = new URL("../../../../../shared/seeds/000_e9691fc182a6778b.txt", import.meta.url)
  .pathname;
const databaseUrl = process.env.DATABASE_URL;

/**
 * The ingestion commands against real services: REDIS_URL or a throwaway redis-server, and
 * DATABASE_URL (a schema of its own) or PGlite in a temporary DATA_DIR. No worker runs, so
 * `--wait` does the work in the command's own process.
 */
describe("newsdesk ingest / status / reclassify", () => {
  let redis: TestRedis;
  let dir: string;
  const prefix = uniquePrefix();
  const schema = `test_cli_${Math.random().toString(36).slice(2, 10)}`;

  beforeAll(async () => {
    redis = await startTestRedis();
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-ingest-"));
    vi.stubEnv("REDIS_URL", redis.url);
    vi.stubEnv("DATA_DIR", join(dir, "data"));
    vi.stubEnv("INBOX_DIR", join(dir, "inbox"));
    vi.stubEnv("QUEUE_PREFIX", prefix);
    vi.stubEnv("LOG_LEVEL", "warn");
    if (databaseUrl) {
      // The commands connect with the schema as their search path; it must exist first.
      await (await createStore({ databaseUrl, schema })).close();
      const url = new URL(databaseUrl);
      url.searchParams.set("options", `-c search_path=${schema}`);
      vi.stubEnv("DATABASE_URL", url.toString());
    } else {
      vi.stubEnv("DATABASE_URL", "");
    }
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (databaseUrl) {
      const store = await createStore({ databaseUrl, schema });
      await store.db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await store.close();
    }
    if (redis) {
      await deleteKeysAt(redis.url, prefix);
      await redis.stop();
    }
    await rm(dir, { recursive: true, force: true });
  });

  it("ingest --wait does the whole job alone, and the same dump again adds nothing", async () => {
    const first = await runNewsdesk("ingest", SEED, "--wait", "--json");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out())).toMatchObject({ articles: 8, new: 8, known: 0, failed: 0 });
    expect(first.err()).toMatch(/dump #1 \(000_e9691fc182a6778b\.txt\): queued/);

    const again = await runNewsdesk("ingest", SEED, "--wait", "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out())).toMatchObject({ articles: 8, new: 0, known: 8, failed: 0 });
    expect(again.err()).toMatch(/already ingested, nothing to add/);
  });

  it("status --json reports articles, classification, dumps and queues", async () => {
    const status = await runNewsdesk("status", "--json");
    expect(status.code).toBe(0);
    const report = JSON.parse(status.out());
    expect(report).toMatchObject({ articles: 8, classified: 8, dumps: 1 });
    expect(Object.keys(report.queues).sort()).toEqual(["classify", "ingest"]);
    expect(report.queues.classify).toMatchObject({ waiting: 0, active: 0 });
    expect(report.lost).toEqual({ dumps: 0, articles: 0, deliveries: 0 });
    expect(
      report.regions.reduce(
        (sum: number, region: { articles: number }) => sum + region.articles,
        0,
      ),
    ).toBe(8);
    expect(report.recentDumps[0]).toMatchObject({
      name: "000_e9691fc182a6778b.txt",
      status: "parsed",
    });

    const text = await runNewsdesk("status");
    expect(text.out()).toMatch(/articles: 8 stored, 8 classified/);
  });

  it("status without redis-server installed still counts the store, and says how to get Redis", async () => {
    const emptyPath = await mkdtemp(join(tmpdir(), "newsdesk-no-redis-"));
    const path = process.env.PATH;
    vi.stubEnv("REDIS_URL", "");
    vi.stubEnv("PATH", emptyPath);
    try {
      const status = await runNewsdesk("status", "--json");
      expect(status.code).toBe(0);
      const report = JSON.parse(status.out());
      expect(report).toMatchObject({ articles: 8, queues: null, lost: null });
      expect(report.queuesUnavailable).toMatch(/redis-server is not installed/);
      const text = await runNewsdesk("status");
      expect(text.code).toBe(0);
      expect(text.out()).toMatch(/articles: 8 stored, 8 classified/);
      expect(text.out()).toMatch(
        /queues: no REDIS_URL is set and redis-server is not installed, .*`apt install redis-server`/,
      );
      expect(text.err()).toBe("");
    } finally {
      vi.stubEnv("REDIS_URL", redis.url);
      vi.stubEnv("PATH", path);
      await rm(emptyPath, { recursive: true, force: true });
    }
  });

  it("reclassify --wait labels every stored article again", async () => {
    const result = await runNewsdesk("reclassify", "--wait");
    expect(result.code).toBe(0);
    expect(result.err()).toMatch(/8 articles queued for classification/);
    expect(result.out()).toMatch(/8 reclassified, 0 failed/);
  });

  it("ingest --wait says why a dump failed, and why it failed before when sent again", async () => {
    // A feed cut off mid-article: only the parse in the worker finds it broken.
    const feed = join(dir, "feed.json");
    await writeFile(feed, '{"articles": [{"headline": "Harbour talks resume"');
    const first = await runNewsdesk("ingest", feed, "--wait");
    expect(first.code).toBe(1);
    expect(first.out()).toMatch(/^0 articles: 0 new, 0 already known, 0 failed to classify\n/);
    expect(first.out()).toMatch(
      /dump #\d+ \(feed\.json\) failed: MalformedJsonError: malformed JSON/,
    );

    const again = await runNewsdesk("ingest", feed, "--wait");
    expect(again.code).toBe(1);
    expect(again.err()).toMatch(
      /dump #\d+ \(feed\.json\): failed before \(MalformedJsonError: malformed JSON[^)]*\); queued again/,
    );
  });

  it("ingest refuses a binary file before queuing it, as the worker would", async () => {
    const binary = join(dir, "picture.png");
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const refused = await runNewsdesk("ingest", binary, "--wait");
    expect(refused.code).toBe(2);
    expect(refused.err()).toMatch(
      /picture\.png: not a text dump: byte 6 is binary data.*Nothing was queued/,
    );
  });

  it("ingest without --wait queues and says no worker is running; a bad file fails the command", async () => {
    const queued = await runNewsdesk(
      "ingest",
      new URL("../../../../samples/world-desk.txt", import.meta.url).pathname,
    );
    expect(queued.code).toBe(0);
    expect(queued.err()).toMatch(/queued/);
    expect(queued.err()).toMatch(/no worker is running/);
    const missing = await runNewsdesk("ingest", join(dir, "missing.txt"));
    expect(missing.code).toBe(2);
    expect(missing.err()).toMatch(/cannot read .*missing\.txt: no such file/);
  });

  it("status counts the queued dump whose job Redis lost", async () => {
    // As a Redis restarted without persistence would: the queued dump's job is gone.
    await deleteKeysAt(redis.url, prefix);
    const status = await runNewsdesk("status", "--json");
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out()).lost).toEqual({ dumps: 1, articles: 0, deliveries: 0 });
    const text = await runNewsdesk("status");
    expect(text.out()).toMatch(/missing from the queues: 1 dump, 0 articles, 0 deliveries/);
  });
});
