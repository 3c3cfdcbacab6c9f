import { deriveHeadline } from "../derive-headline.js";
import { parseDump } from "../parse-dump.js";
import type { CorpusArticle } from "./corpus-articles.js";
import { type CorpusLayout, corpusDumps } from "./corpus-dumps.js";
import { headlineOutcome } from "./headline-outcome.js";
import { rouge1, rougeL, tokens } from "./rouge.js";

/** How the parser did on dumps of one layout. */
export interface LayoutScores {
  layout: CorpusLayout;
  articles: number;
  precision: number;
  recall: number;
  f1: number;
  /** Recall of the starts of articles pasted with and without their headline. */
  recallHeaded: number;
  recallHeadless: number;
  /** Span exact and headline right (the dump's, or derived when the dump had none). */
  exact: number;
  /** Of the articles whose start was found, the share with the right headline. */
  headline: number;
  /** Of the starts given a confidence: how many, their mean, the share true, the Brier score. */
  confidence: { starts: number; mean: number; precision: number; brier: number };
}

/** One dump's counts, which the layout's scores sum (for a bootstrap over dumps). */
export interface DumpCounts {
  predicted: number;
  hits: number;
  expected: number;
  headed: number;
  headedHits: number;
  exact: number;
}

/**
 * Parses corpus dumps of a layout (of briefs: each article cut short, see CorpusDumpOptions)
 * and scores them against the truth they were composed with; `onDump` is given each dump's
 * counts.
 */
export function measureLayout(
  articles: readonly CorpusArticle[],
  layout: CorpusLayout,
  seed: number,
  briefs = false,
  onDump?: (counts: DumpCounts) => void,
): LayoutScores {
  let predicted = 0;
  let hits = 0;
  let expected = 0;
  let headed = 0;
  let headedHits = 0;
  let exact = 0;
  let headlinesRight = 0;
  const confidence = { starts: 0, mean: 0, precision: 0, brier: 0 };
  for (const dump of corpusDumps(articles, { layout, seed, briefs })) {
    const before = [predicted, hits, expected, headed, headedHits, exact] as const;
    const found = parseDump(dump.text).articles;
    const byStart = new Map(found.map((a) => [a.startLine, a]));
    const starts = new Set(dump.truth.map((t) => t.startLine));
    for (const a of found) {
      if (a.startConfidence === undefined) continue;
      const truth = starts.has(a.startLine) ? 1 : 0;
      confidence.starts++;
      confidence.mean += a.startConfidence;
      confidence.precision += truth;
      confidence.brier += (a.startConfidence - truth) ** 2;
    }
    predicted += found.length;
    for (const t of dump.truth) {
      expected++;
      if (t.headline !== null) headed++;
      const a = byStart.get(t.startLine);
      if (!a) continue;
      hits++;
      if (t.headline !== null) headedHits++;
      const headlineRight = headlineOutcome(t.headline, a) === "right";
      if (headlineRight) headlinesRight++;
      if (headlineRight && a.endLine === t.endLine) exact++;
    }
    onDump?.({
      predicted: predicted - before[0],
      hits: hits - before[1],
      expected: expected - before[2],
      headed: headed - before[3],
      headedHits: headedHits - before[4],
      exact: exact - before[5],
    });
  }
  const precision = predicted === 0 ? 0 : hits / predicted;
  const recall = expected === 0 ? 1 : hits / expected;
  return {
    layout,
    articles: expected,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    recallHeaded: headed === 0 ? 1 : headedHits / headed,
    recallHeadless: expected === headed ? 1 : (hits - headedHits) / (expected - headed),
    exact: exact / expected,
    headline: hits === 0 ? 0 : headlinesRight / hits,
    confidence: {
      starts: confidence.starts,
      mean: confidence.mean / Math.max(1, confidence.starts),
      precision: confidence.precision / Math.max(1, confidence.starts),
      brier: confidence.brier / Math.max(1, confidence.starts),
    },
  };
}

// Words a headline must not end on: numbers, prepositions, articles.
const BAD_END = new Set(
  (
    "a an the of to in on at for from with by as into over about after before during under " +
    "between against among through toward towards via per than"
  ).split(" "),
);

/** How headlines derived from ledes compare with the articles' own titles. */
export interface DerivedScores {
  articles: number;
  rouge1: number;
  rougeL: number;
  /** Share ending on a number, a preposition or an article. */
  badEnd: number;
  meanLength: number;
}

export function measureDerived(articles: readonly CorpusArticle[]): DerivedScores {
  let r1 = 0;
  let rl = 0;
  let bad = 0;
  let length = 0;
  for (const a of articles) {
    const derived = deriveHeadline(a.paragraphs[0] as string, a.paragraphs.slice(1));
    r1 += rouge1(derived, a.title);
    rl += rougeL(derived, a.title);
    length += derived.length;
    const last = tokens(derived).at(-1) ?? "";
    if (/^\d/.test(last) || BAD_END.has(last)) bad++;
  }
  const n = Math.max(1, articles.length);
  return {
    articles: articles.length,
    rouge1: r1 / n,
    rougeL: rl / n,
    badEnd: bad / n,
    meanLength: length / n,
  };
}
