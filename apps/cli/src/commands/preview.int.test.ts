import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClassifier } from "@newsdesk/classifier";
import { parseDump } from "@newsdesk/parser";
import { createStore } from "@newsdesk/store";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../test-io.js";

const SAMPLE = new URL("../../../../samples/world-desk.txt", import.meta.url);
const REGION_NAMES: Record<string, string> = {
  africa: "Africa",
  americas: "Americas",
  "asia-pacific": "Asia-Pacific",
  europe: "Europe",
  "middle-east": "Middle East",
};

/**
 * `newsdesk preview` on the embedded default: a PGlite store in a temporary DATA_DIR, filled
 * from samples/world-desk.txt (parsed and classified the way the worker does), no worker and
 * no Redis running.
 */
describe("newsdesk preview", () => {
  let dir: string;
  const stored: { headline: string; region: string | undefined; beats: string[] }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-preview-"));
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", join(dir, "data"));
    const content = await readFile(SAMPLE);
    const { articles } = parseDump(content);
    const classifier = createClassifier();
    const store = await createStore({ dataDir: join(dir, "data") });
    try {
      const { dump } = await store.registerDump({ name: "world-desk.txt", content });
      const { articleIds } = await store.saveParsedDump(dump.id, articles, 0);
      const labelled = articles.map((article, index) => ({
        articleId: articleIds[index] as number,
        labels: classifier.classify(article),
      }));
      await store.saveLabels(labelled);
      for (const [index, article] of articles.entries()) {
        const labels = labelled[index]?.labels;
        stored.push({
          headline: article.headline,
          region: labels?.regions[0]?.id,
          beats: labels?.beats.map((beat) => beat.id) ?? [],
        });
      }
    } finally {
      await store.close();
    }
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  const escapeHtml = (text: string) =>
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#x27;")
      .replace(/[\u0080-\u{10ffff}]/gu, (char) => `&#${char.codePointAt(0)};`);

  it("prints the HTML: a section per region headed by its name, and every article's headline", async () => {
    const result = await runNewsdesk("preview", "--frequency", "weekly");
    expect(result.err()).toBe("");
    expect(result.code).toBe(0);
    const html = result.out();
    expect(html).toMatch(/^<!doctype html>/i);
    const regions = [...new Set(stored.map((a) => a.region).filter((r) => r !== undefined))];
    expect(regions.length).toBeGreaterThan(1);
    for (const region of regions) {
      expect(html).toContain(`class="nd-region"`);
      expect(html).toMatch(new RegExp(`<h2 id="${region}"[^>]*>${REGION_NAMES[region]}</h2>`));
    }
    // Each article is a card, or an "also in this edition" link under its near-duplicate's card
    // (sections are capped at 6: the sample has fewer per region).
    for (const article of stored.filter((a) => a.region)) {
      expect(html).toContain(escapeHtml(article.headline));
    }
  });

  it("narrows to regions and beats, and prints the plain-text part with --text", async () => {
    const region = stored.find((a) => a.region)?.region as string;
    const result = await runNewsdesk("preview", "--regions", region, "--text");
    expect(result.code).toBe(0);
    const text = result.out();
    expect(text).toContain(`== ${(REGION_NAMES[region] as string).toUpperCase()} ==`);
    for (const other of Object.keys(REGION_NAMES).filter((id) => id !== region)) {
      expect(text).not.toContain(`== ${(REGION_NAMES[other] as string).toUpperCase()} ==`);
    }
    for (const article of stored.filter((a) => a.region === region)) {
      expect(text).toContain(article.headline);
    }
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it("writes to --out and says what it wrote", async () => {
    const out = join(dir, "preview.html");
    const result = await runNewsdesk("preview", "--out", out);
    expect(result.code).toBe(0);
    expect(result.out()).toBe("");
    expect(result.err()).toMatch(/wrote .*preview\.html: \d+ stories, [\d.]+ KiB/);
    expect(await readFile(out, "utf8")).toMatch(/^<!doctype html>/i);
  });

  it("explains bad options and empty segments on one line, exit code 2", async () => {
    const unknown = await runNewsdesk("preview", "--regions", "atlantis");
    expect(unknown.code).toBe(2);
    expect(unknown.err()).toMatch(/--regions: unknown region atlantis; use africa, americas/);
    const frequency = await runNewsdesk("preview", "--frequency", "hourly");
    expect(frequency.code).toBe(2);
    expect(frequency.err()).toMatch(/use daily or weekly/);
    const covered = new Set(stored.flatMap((a) => a.beats));
    const missing = ["weather", "religion", "education", "sport", "lifestyle-leisure"].find(
      (beat) => !covered.has(beat),
    );
    if (missing) {
      const empty = await runNewsdesk("preview", "--beats", missing);
      expect(empty.code).toBe(2);
      expect(empty.err()).toMatch(/matches beats .*: widen --regions or --beats/);
    }
  });
});
