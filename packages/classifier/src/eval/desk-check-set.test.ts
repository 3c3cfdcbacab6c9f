import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../train/training-paths.js";
import { DEFAULT_DESK_CHECK_DIR, deskAccuracy, loadDeskCheck } from "./desk-check-set.js";

const taxonomy = JSON.parse(
  readFileSync(new URL("../../data/taxonomy.json", import.meta.url), "utf8"),
) as { beats: { id: string; parent?: string }[] };
const topLevel = new Set(taxonomy.beats.filter((b) => !b.parent).map((b) => b.id));
const stories = loadDeskCheck();

describe("the desk check set", () => {
  it("has 12 stories for each of five desks, each filed under a top-level beat", () => {
    const perDesk = new Map<string, number>();
    for (const s of stories) perDesk.set(s.desk, (perDesk.get(s.desk) ?? 0) + 1);
    expect([...perDesk.values()]).toEqual([12, 12, 12, 12, 12]);
    for (const s of stories) expect(topLevel.has(s.beat), `${s.id}: ${s.beat}`).toBe(true);
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
  });

  it("lies outside the fixtures the trainers learn from", () => {
    expect(resolve(DEFAULT_DESK_CHECK_DIR).startsWith(resolve(FIXTURES_DIR))).toBe(false);
    for (const s of stories) expect(existsSync(resolve(FIXTURES_DIR, `${s.id}.json`))).toBe(false);
  });

  it("gives 3 to 5 paragraphs and a headline per story", () => {
    for (const s of stories) {
      expect(s.article.headline.length, s.id).toBeGreaterThan(10);
      expect(s.article.paragraphs.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.article.paragraphs.length, s.id).toBeLessThanOrEqual(5);
    }
  });
});

describe("deskAccuracy", () => {
  it("counts per desk the stories whose primary beat is the desk's", () => {
    const a = { headline: "h", dek: null, paragraphs: [], contributors: [] };
    const rows = deskAccuracy(
      [
        { id: "1", desk: "sport", beat: "sport", article: a },
        { id: "2", desk: "sport", beat: "sport", article: a },
        { id: "3", desk: "politics", beat: "politics", article: a },
      ],
      (s) => (s.id === "2" ? "politics" : s.beat),
    );
    expect(rows).toEqual([
      { desk: "sport", right: 1, total: 2 },
      { desk: "politics", right: 1, total: 1 },
    ]);
  });
});
