import { describe, expect, it, vi } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { joinBeatHalves } from "./beat-join.js";
import { NO_LEVEL } from "./dump-level.js";
import { dumpLevel, pieceCohesion } from "./split-halves.js";
import { FERRY, ORCHARD, QUARRY, span, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: a council beat's words, which every story of one dump uses, and more
// subjects, so that the dump holds enough blocks for the beat's words to weigh little.
const BEAT = ["councillors", "budget", "committee", "ratepayers", "chamber"];
const LIBRARY = ["library", "shelves", "borrowers", "archive", "reading", "catalogue", "librarian"];
const TRAMWAY = ["tramway", "rails", "depot", "overhead", "carriages", "junction", "signalling"];
const MARKET = ["market", "stalls", "traders", "awnings", "produce", "vendors", "pitches"];

/** Twenty paragraphs on `subject` that each also name the whole dump's beat. */
function beatStory(subject: readonly string[]): string[] {
  return story(subject, 20).map(
    (text, k) =>
      `${text} The ${BEAT[k % BEAT.length]} and the ${BEAT[(k + 2) % BEAT.length]} took it up.`,
  );
}

/** Six stories of one beat, each opened at a headline, then `last` split by a gap start. */
function dump(last: readonly string[][]): { texts: string[]; spans: ArticleSpan[] } {
  const subjects = [FERRY, ORCHARD, QUARRY, LIBRARY, ...last];
  const texts = subjects.flatMap(beatStory);
  const spans = subjects.map((_, i) => span(20 * i, 20 * i + 19, i === 0 ? undefined : "headline"));
  const split = spans.length - 1;
  spans[split] = { ...(spans[split] as ArticleSpan), start: { kind: "gap", score: 0 } };
  return { texts, spans };
}

function joined(texts: readonly string[], spans: ArticleSpan[]): number[] {
  const table = new FeatureTable(texts);
  return joinBeatHalves(spans, table, () => dumpLevel(spans, table)).map((s) => s.first);
}

describe("the join of split halves by the dump's beat weights", () => {
  it("joins a gap start between two pieces of one story", () => {
    const { texts, spans } = dump([TRAMWAY, TRAMWAY]);
    expect(joined(texts, spans)).toEqual([0, 20, 40, 60, 80]);
  });

  it("keeps a start between two stories that share only the words the whole dump uses", () => {
    const { texts, spans } = dump([TRAMWAY, MARKET]);
    // By corpus idf alone the two pieces hold together through the beat's words.
    const table = new FeatureTable(texts);
    expect(pieceCohesion(table, spans[4] as ArticleSpan, spans[5] as ArticleSpan)).toBeGreaterThan(
      0.1,
    );
    expect(joined(texts, spans)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it("moves nothing in a dump with no explicit start to read its level by", () => {
    const { texts, spans } = dump([TRAMWAY, TRAMWAY]);
    const table = new FeatureTable(texts);
    expect(joinBeatHalves(spans, table, () => NO_LEVEL)).toBe(spans);
  });

  it("leaves a start before a piece of five paragraphs to the join by corpus idf", () => {
    const { texts, spans } = dump([TRAMWAY, TRAMWAY]);
    const cut = [...spans.slice(0, 5), span(100, 104, "gap"), span(105, 119, "headline")];
    expect(joined(texts, cut)).toEqual([0, 20, 40, 60, 80, 100, 105]);
  });

  it("reads the dump's beat only once a start could be dropped by it", () => {
    const { texts, spans } = dump([TRAMWAY, MARKET]);
    const headed = spans.map((s) =>
      s.start?.kind === "gap" ? span(s.first, s.last, "headline") : s,
    );
    const table = new FeatureTable(texts);
    const lexical = vi.spyOn(table, "lexical");
    const level = dumpLevel(headed, table);
    const read = lexical.mock.calls.length;
    // No gap start: the beat's weights and level are never read.
    expect(joinBeatHalves(headed, table, () => level)).toBe(headed);
    expect(lexical.mock.calls.length).toBe(read);
    // Asked, the level reads every paragraph's terms, then keeps its number.
    const beat = level.beat?.();
    expect(lexical.mock.calls.length).toBeGreaterThan(read);
    const after = lexical.mock.calls.length;
    expect(level.beat?.()).toBe(beat);
    expect(lexical.mock.calls.length).toBe(after);
  });
});
