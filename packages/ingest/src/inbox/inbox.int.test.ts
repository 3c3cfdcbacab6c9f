import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createIngestionWorker, type IngestionWorker } from "../worker/create-ingestion-worker.js";
import { createInboxWatcher, type InboxOutcome, type InboxWatcher } from "./inbox.js";
import { loadClassify, parse } from "../pipeline/pipeline.js";
import { submitDump } from "../submit-dump.js";
import {
  openTestQueues,
  quietLog,
  type Services,
  startServices,
  type TestQueues,
} from "../test-support/harness.js";
import { waitForDump } from "../wait-for-dump.js";

const DUMP = `Ferry Strike Ends After Council Deal

The harbour ferry crews returned to work on Monday after the city council agreed to a new rota, ending a strike that had stranded commuters on the islands for nine days.

Council leaders said the deal would cost less than the overtime paid during the stoppage. Union officials called it a fair outcome and thanked passengers for their patience.
`;

describe("inbox folder", () => {
  let services: Services;
  let queues: TestQueues;
  let worker: IngestionWorker;
  let inbox: InboxWatcher | undefined;
  let dir: string;

  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(async () => {
    await services?.stop();
  });
  beforeEach(async () => {
    await services.store.reset();
    queues = await openTestQueues(services);
    worker = createIngestionWorker({
      redisUrl: services.redis.url,
      prefix: queues.prefix,
      store: services.store,
      parse,
      classify: loadClassify(),
      log: quietLog,
    });
    dir = await mkdtemp(join(tmpdir(), "newsdesk-inbox-"));
    inbox = await createInboxWatcher({
      dir,
      log: quietLog,
      settleMs: 100,
      submit: async (name, content) => ({
        dumpId: (
          await submitDump({ store: services.store, ingestQueue: queues.ingest }, name, content)
        ).dump.id,
      }),
      waitForDump: (dumpId, signal) => waitForDump(services.store, dumpId, signal, 20),
    });
  });
  afterEach(async () => {
    await inbox?.close();
    await worker.close();
    await queues.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  const processed = async () =>
    ((await once(inbox as InboxWatcher, "processed")) as [InboxOutcome])[0];

  it("ingests a dropped file once and moves it to done/; the same bytes again are not added", async () => {
    const first = processed();
    await writeFile(join(dir, "monday.txt"), DUMP);
    expect(await first).toMatchObject({ file: "monday.txt", status: "done" });
    expect(await readdir(join(dir, "done"))).toEqual(["monday.txt"]);
    expect((await services.store.counts()).articles).toBe(1);

    const second = processed();
    await writeFile(join(dir, "monday-copy.txt"), DUMP);
    expect(await second).toMatchObject({ file: "monday-copy.txt", status: "done" });
    expect(await services.store.counts()).toMatchObject({ articles: 1, dumps: 1 });
    expect((await readdir(dir)).sort()).toEqual(["done", "failed"]);
  });

  it("moves a file that cannot be ingested to failed/ with a .error.txt saying why", async () => {
    const outcome = processed();
    await writeFile(join(dir, "scan.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0, 0, 0]));
    expect(await outcome).toMatchObject({ file: "scan.pdf", status: "failed" });
    expect((await readdir(join(dir, "failed"))).sort()).toEqual(["scan.pdf", "scan.pdf.error.txt"]);
    expect(await readFile(join(dir, "failed", "scan.pdf.error.txt"), "utf8")).toMatch(
      /not a text dump/,
    );
  });

  it("refuses a file over the parser's 64 MiB unread, saying to split it", async () => {
    const outcome = processed();
    const huge = join(dir, "huge.txt");
    await writeFile(huge, "");
    await truncate(huge, 65 * 1024 * 1024);
    expect(await outcome).toMatchObject({ file: "huge.txt", status: "failed" });
    expect(await readFile(join(dir, "failed", "huge.txt.error.txt"), "utf8")).toBe(
      "dump is 65.0 MiB, over the 64.0 MiB limit: split it into smaller files.\n",
    );
    expect((await services.store.counts()).dumps).toBe(0);
  });

  it("leaves files being written (.part) alone", async () => {
    await writeFile(join(dir, "big.txt.part"), DUMP);
    const outcome = processed();
    await writeFile(join(dir, "small.txt"), DUMP.replace("Monday", "Tuesday"));
    expect(await outcome).toMatchObject({ file: "small.txt", status: "done" });
    expect((await readdir(dir)).sort()).toEqual(["big.txt.part", "done", "failed"]);
  });
});
