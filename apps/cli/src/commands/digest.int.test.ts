import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { headerValue } from "@newsdesk/mail/test-support";
import {
  deleteKeysAt,
  startTestRedis,
  type TestRedis,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { createStore } from "@newsdesk/store";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../test-io.js";
import type { DigestBuildSummary } from "./digest.js";

/**
 * `newsdesk subscribers add` and `newsdesk digest build --send` on the embedded default: PGlite
 * in a temporary DATA_DIR, no SMTP_URL (the outbox), no worker running: the command delivers
 * in its own process.
 */
describe("newsdesk digest build (PGlite, outbox)", () => {
  let redis: TestRedis;
  let dir: string;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    redis = await startTestRedis();
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-digest-"));
    const env = {
      REDIS_URL: redis.url,
      DATABASE_URL: "",
      SMTP_URL: "",
      DATA_DIR: join(dir, "data"),
      QUEUE_PREFIX: prefix,
      PUBLIC_URL: "https://news.example.org",
      MAIL_FROM: "Newsdesk <digest@news.example.org>",
      LOG_LEVEL: "warn",
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const store = await createStore({ dataDir: join(dir, "data") });
    try {
      const stories = [
        ["Harbour strike talks resume in Rotterdam", "europe", "politics"],
        ["Vaccine depots open in Nairobi", "africa", "health"],
      ] as const;
      const { dump } = await store.registerDump({ name: "d.txt", content: new Uint8Array([7]) });
      const { articleIds } = await store.saveParsedDump(
        dump.id,
        stories.map(([headline], n) => ({
          headline,
          headlineSource: "dump" as const,
          dek: null,
          paragraphs: [`${headline} zq${n}a zq${n}b zq${n}c, officials said on Monday.`],
          contributors: [],
          startLine: n + 1,
          endLine: n + 1,
          wordCount: 300,
          contentHash: `cli-digest-${n}`,
        })),
        0,
      );
      await store.saveLabels(
        articleIds.map((articleId, n) => ({
          articleId,
          labels: {
            beats: [{ id: stories[n]?.[2] as string, score: 0.9 }],
            regions: [{ id: stories[n]?.[1] as string, score: 0.9 }],
            places: [],
            people: [],
          },
        })),
      );
    } finally {
      await store.close();
    }
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await deleteKeysAt(redis.url, prefix);
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("adds subscribers with strictly checked addresses and known regions", async () => {
    const bad = await runNewsdesk("subscribers", "add", "ana@example.org\r\nBcc: x@example.org");
    expect(bad.code).toBe(2);
    expect(bad.err()).toMatch(/not a valid email address/);
    const region = await runNewsdesk("subscribers", "add", "ana@example.org", "--regions", "mars");
    expect(region.code).toBe(2);
    for (const [email, regions] of [
      ["ana@example.org", "europe"],
      ["bo@example.org", "africa"],
      ["cy@example.org", "europe,africa"],
    ] as const) {
      const added = await runNewsdesk("subscribers", "add", email, "--regions", regions);
      expect(added.code, added.err()).toBe(0);
    }
    const weekly = await runNewsdesk(
      "subscribers",
      "add",
      "wk@example.org",
      "--frequency",
      "weekly",
    );
    expect(weekly.code).toBe(0);
  });

  it("builds the edition, sends it once through the outbox, and builds it once per period", async () => {
    const dry = await runNewsdesk("digest", "build", "--frequency", "daily", "--json");
    expect(dry.code, dry.err()).toBe(0);
    const draft = JSON.parse(dry.out()) as DigestBuildSummary;
    expect(draft.edition).toMatchObject({ status: "draft", created: true, articles: 2 });
    expect(draft.sections.map((s) => s.name).sort()).toEqual(["Africa", "Europe"]);
    expect(draft.audience).toBe(3);
    // The email with every region, rendered once for the editor: nothing trimmed, no warning.
    expect(draft.email).toEqual({ stories: 2, trimmed: null, warnings: [] });

    const sent = await runNewsdesk("digest", "build", "--frequency", "daily", "--send", "--json");
    expect(sent.code, sent.err()).toBe(0);
    const summary = JSON.parse(sent.out()) as DigestBuildSummary;
    expect(summary.edition?.id).toBe(draft.edition?.id);
    expect(sent.err()).toMatch(
      /froze the daily period \d{4}-\d\d-\d\d \d\d:\d\d to \d{4}-\d\d-\d\d 06:00 UTC with the articles stored up to \d{4}-\d\d-\d\d \d\d:\d\d UTC; articles stored after that go to the next daily edition \(the period ending \d{4}-\d\d-\d\d 06:00 UTC\)/,
    );
    expect(summary.send).toMatchObject({
      created: 3,
      queued: 3,
      deliveredBy: "in-process",
      deliveries: { sent: 3, total: 3 },
    });

    const outbox = join(dir, "data", "outbox");
    const files = (await readdir(outbox)).sort();
    expect(files).toHaveLength(3);
    const mails = await Promise.all(
      files.map(async (file) => simpleParser(await readFile(join(outbox, file)))),
    );
    const to = (address: string) =>
      mails.find((mail) => mail.to && JSON.stringify(mail.to).includes(address));
    expect(to("ana@example.org")?.text).toContain("Rotterdam");
    expect(to("ana@example.org")?.text).not.toContain("Nairobi");
    expect(to("bo@example.org")?.html).toContain("Nairobi");
    expect(to("cy@example.org")?.text).toMatch(/Rotterdam[\s\S]*Nairobi|Nairobi[\s\S]*Rotterdam/);
    for (const mail of mails) {
      expect(headerValue(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
      expect(headerValue(mail, "List-Unsubscribe")).toMatch(
        /^<https:\/\/news\.example\.org\/unsubscribe\?s=\d+&t=[\w-]{22}>, <mailto:unsubscribe@news\.example\.org\?subject=unsubscribe-\d+-[\w-]{22}>$/,
      );
      expect(files).toContain(`${String(mail.messageId).slice(1, -1)}.eml`);
    }

    // Again: the same edition, frozen; nobody new, nothing sent twice.
    await runNewsdesk("subscribers", "add", "late@example.org");
    const again = await runNewsdesk("digest", "build", "--send", "--json");
    expect(again.code, again.err()).toBe(0);
    const second = JSON.parse(again.out()) as DigestBuildSummary;
    expect(second.edition).toMatchObject({
      id: draft.edition?.id,
      frozen: true,
      status: "prepared",
    });
    expect(second.send).toMatchObject({ created: 0, queued: 0 });
    expect(again.err()).toContain("was frozen before: nothing changed in it");
    expect(second.audience).toBe(3);
    expect(await readdir(outbox)).toHaveLength(3);

    const text = await runNewsdesk("digest", "build");
    expect(text.out()).toMatch(
      /: 2 stories\n[\s\S]*Europe: 1 story\n[\s\S]*email with every region: 2 stories\naudience: 3 subscribers/,
    );
  });
});
