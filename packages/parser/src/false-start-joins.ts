import type { ArticleSpan } from "./article-span.js";
import { pieceCohesion } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";

/**
 * A story's last few paragraphs cut off by a gap start: the short piece (three to seven
 * paragraphs) and the long one (ten or more) hold together this far above the dump's level.
 * In briefs both pieces are short, and nothing moves.
 */
export const SHORT_TAIL = { least: 3, short: 8, long: 10, overLevel: 0.03 } as const;

/**
 * A subhead taken for a headline: a line the headline evidence took at a score under
 * `score`, between two pieces of eight paragraphs or more that hold together this far above
 * the level of the dump's other explicit starts (briefs' pieces are too short to be read).
 */
export const SUBHEAD_START = { least: 8, score: 0.5, overLevel: 0.1 } as const;

/**
 * The false starts left inside a story after the long halves' join (`joinSplitHalves`): a gap
 * start that cuts off a story's short tail, and a title-like line the headline evidence barely
 * took (a subhead), where the piece above and the piece below share their names and words
 * (`pieceCohesion`) past the dump's level (the highest cohesion across its starts at a headline,
 * byline, dateline or hard break, the start itself left out). The start is dropped and the two
 * spans are one; a subhead's line becomes a paragraph of the story. A dump with no other
 * explicit start has no level: nothing moves.
 */
export function joinFalseStarts(spans: ArticleSpan[], table: FeatureTable): ArticleSpan[] {
  const lengths = (i: number) => {
    const above = spans[i - 1] as ArticleSpan;
    const span = spans[i] as ArticleSpan;
    const up = span.first - above.first;
    const down = span.last - span.first + 1;
    return { shorter: Math.min(up, down), longer: Math.max(up, down) };
  };
  const kind = (i: number) => {
    const span = spans[i] as ArticleSpan;
    const { shorter, longer } = lengths(i);
    if (
      span.start?.kind === "gap" &&
      shorter >= SHORT_TAIL.least &&
      shorter < SHORT_TAIL.short &&
      longer >= SHORT_TAIL.long
    )
      return "tail";
    if (
      span.start?.kind === "headline" &&
      span.start.score < SUBHEAD_START.score &&
      shorter >= SUBHEAD_START.least
    )
      return "subhead";
    return null;
  };
  const explicit = (i: number) => (spans[i] as ArticleSpan).start?.kind !== "gap";
  const kinds: ("tail" | "subhead" | null)[] = [null];
  let any = false;
  for (let i = 1; i < spans.length; i++) {
    kinds[i] = kind(i);
    any ||= kinds[i] !== null;
  }
  if (!any) return spans;
  const cohesion: number[] = [];
  const over = (i: number) =>
    kinds[i] === "tail" ? SHORT_TAIL.overLevel : SUBHEAD_START.overLevel;
  // The highest level any candidate could pass: once two explicit starts (or one that is no
  // candidate) reach it, nothing joins, and the rest of the dump's starts need not be read.
  let reach = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < spans.length; i++) {
    if (kinds[i] === null) continue;
    cohesion[i] = pieceCohesion(table, spans[i - 1] as ArticleSpan, spans[i] as ArticleSpan);
    reach = Math.max(reach, (cohesion[i] as number) - over(i));
  }
  // The two highest cohesions across the explicit starts: a subhead's own is left out of its level.
  let first = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  let firstAt = -1;
  for (let i = 1; i < spans.length; i++) {
    if (!explicit(i)) continue;
    const c =
      cohesion[i] ?? pieceCohesion(table, spans[i - 1] as ArticleSpan, spans[i] as ArticleSpan);
    if (c > first) {
      second = first;
      first = c;
      firstAt = i;
    } else second = Math.max(second, c);
    if (second >= reach || (first >= reach && kinds[firstAt] === null)) return spans;
  }
  const out: ArticleSpan[] = [spans[0] as ArticleSpan];
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i] as ArticleSpan;
    const k = kinds[i];
    const level = i === firstAt ? second : first;
    if (
      k !== null &&
      level > Number.NEGATIVE_INFINITY &&
      (cohesion[i] as number) >= level + over(i)
    ) {
      const above = out[out.length - 1] as ArticleSpan;
      out[out.length - 1] = { ...above, last: span.last };
      continue;
    }
    out.push(span);
  }
  return out;
}
