import type { ArticleSpan } from "../article-span.js";
import { lineEcho } from "../head-evidence.js";
import { prose } from "../headline-above.js";
import type { Paragraph } from "../paragraphs.js";
import { PieceTerms } from "../piece-terms.js";
import type { FeatureTable } from "../text-features.js";
import { corpusOrExplain } from "./corpus-articles.js";
import { foldLayoutArgs, segmentedDumps } from "./segmented-dumps.js";
import type { Story } from "./true-stories.js";

/** What a paragraph looks like as a start: numbers only, never its text. */
function shape(table: FeatureTable, i: number): Record<string, number | boolean | string> {
  const p = table.paragraphs[i];
  if (p === undefined) return { none: true };
  const lex = table.lexical(i);
  return {
    kind: p.kind,
    words: p.words,
    headlineLike: p.headlineLike,
    dateline: p.dateline !== null,
    cont: p.continuationOpening,
    lede: Number(lex.ledeLike.toFixed(3)),
    ending: Number(lex.endingLike.toFixed(3)),
    day: lex.dayAnchor,
    cues: lex.hardNewsCues,
    full: lex.hasFullName,
    additive: lex.additive,
  };
}

/**
 * `node dist-tools/corpus/placement-rows.js [fold] [layout] [whole]` after `npm run tools`: one
 * JSON row a found article in each composed dump (briefs unless `whole`), with the dump's
 * reading (short stories or not), the article's span, start kind, whether its first paragraph is
 * a true start, the nearest true starts either side, and the shapes of the paragraphs around its
 * start (numbers and flags only, never the corpus's text); one row a gap inside a found article of
 * four to six body paragraphs; then one row a true start missed.
 * For counting the placement misses by shape (docs/tried.md, "Briefs: starts placed one paragraph off").
 */
function main(): void {
  const corpus = corpusOrExplain("placement rows", true);
  if (corpus === null) return;
  const { fold, layout, briefs } = foldLayoutArgs();
  let d = 0;
  for (const { spans, shortStories, table, stories, paragraphs } of segmentedDumps(
    corpus,
    fold,
    briefs,
    layout,
  ))
    rows(d++, spans, stories, shortStories, table, paragraphs);
}

/** The cosine of paragraphs `one` with paragraphs `other` (idf-weighted names and stems). */
function cosine(table: FeatureTable, one: number[], other: number[]): number {
  const all = [...one, ...other];
  if (one.length === 0 || other.length === 0) return 0;
  const pieces = new PieceTerms(table, Math.min(...all), Math.max(...all));
  for (const p of one) pieces.above(p, 1);
  for (const p of other) pieces.below(p, 1);
  return pieces.cohesion();
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);

/** How the paragraphs either side of the start between `above` and `below` hold with each side. */
function sides(
  table: FeatureTable,
  paragraphs: readonly Paragraph[],
  above: ArticleSpan,
  below: ArticleSpan,
) {
  const f = below.first;
  const aFirst = Math.max(above.first, f - 7);
  const bLast = Math.min(below.last, f + 6);
  const text = (p: number) => paragraphs[p]?.text ?? "";
  const joined = (ps: number[]) => ps.map(text).join(" ");
  return {
    // Paragraph f-1's words (case-folded stems, idf-weighted) found again in paragraph f, in
    // f and f+1, and in the rest of the article above.
    echoDown: lineEcho(text(f - 1), text(f)),
    echoDown3: lineEcho(text(f - 1), prose(paragraphs, table, f, 1, below.last)),
    echoUp3: lineEcho(text(f - 1), prose(paragraphs, table, f - 2, -1, above.first)),
    echoUp: lineEcho(text(f - 1), joined(range(aFirst, f - 2))),
    prevFirst: above.first,
    prevHeadline: above.headline,
    // Paragraph f-1 with the rest of the article above, and with the article below.
    prevUp: cosine(table, [f - 1], range(aFirst, f - 2)),
    prevDown: cosine(table, [f - 1], range(f, bLast)),
    // Paragraph f with the article above, and with the rest of the article below.
    ownUp: cosine(table, [f], range(aFirst, f - 1)),
    ownDown: cosine(table, [f], range(f + 1, bLast)),
  };
}

/** The nearest of `starts`' first paragraphs before `at` (-1 with none) and after it (1e9). */
function nearest(starts: readonly { first: number }[], at: number, prefix: string) {
  let before = -1;
  let after = 1e9;
  for (const { first } of starts) {
    if (first < at) before = Math.max(before, first);
    if (first > at) after = Math.min(after, first);
  }
  return { [`${prefix}Before`]: before, [`${prefix}After`]: after };
}

function rows(
  dump: number,
  spans: ArticleSpan[],
  stories: Story[],
  short: boolean,
  table: FeatureTable,
  paragraphs: readonly Paragraph[],
): void {
  const trueFirst = new Map(stories.map((s) => [s.first, s]));
  const found = new Set(spans.map((s) => s.first));
  const around = (at: number) => {
    const out: Record<string, unknown> = {};
    for (let k = -2; k <= 2; k++) out[`p${k}`] = shape(table, at + k);
    return out;
  };
  spans.forEach((span, i) => {
    const truth = trueFirst.get(span.first);
    const truthInside = stories.filter((s) => s.first > span.first && s.first <= span.last);
    console.log(
      JSON.stringify({
        row: "found",
        dump,
        short,
        index: i,
        first: span.first,
        last: span.last,
        headline: span.headline,
        kind: span.start?.kind ?? "first",
        score: span.start?.score ?? 0,
        isTrue: truth !== undefined,
        trueHeaded: truth !== undefined && truth.body > truth.first,
        insideStarts: truthInside.map((s) => s.first - span.first),
        insideHeaded: truthInside.map((s) => s.body > s.first),
        ...nearest(stories, span.first, "true"),
        ...around(span.first),
        ...(i > 0 ? sides(table, paragraphs, spans[i - 1] as ArticleSpan, span) : {}),
      }),
    );
  });
  const trueStarts = new Set(stories.map((s) => s.first));
  for (const span of spans) {
    const body = span.headline === null ? span.first : span.headline + 1;
    if (span.last - body + 1 < 4 || span.last - body + 1 > 6) continue;
    for (let g = body + 2; g <= span.last - 1; g++) {
      console.log(
        JSON.stringify({
          row: "inner",
          dump,
          short,
          body: span.last - body + 1,
          above: g - body,
          below: span.last - g + 1,
          headed: span.headline !== null,
          isTrue: trueStarts.has(g),
          cohesion: cosine(table, range(body, g - 1), range(g, span.last)),
          ...around(g),
        }),
      );
    }
  }
  stories.forEach((story, i) => {
    if (i === 0 || found.has(story.first)) return;
    const span = spans.find((s) => s.first <= story.first && story.first <= s.last);
    console.log(
      JSON.stringify({
        row: "missed",
        dump,
        short,
        first: story.first,
        headed: story.body > story.first,
        own: story.last - story.first + 1,
        spanFirst: span?.first ?? -1,
        spanLast: span?.last ?? -1,
        spanKind: span?.start?.kind ?? "first",
        ...nearest(spans, story.first, "found"),
        ...around(story.first),
      }),
    );
  });
}

main();
