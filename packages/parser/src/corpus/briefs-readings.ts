import type { ArticleSpan } from "../article-span.js";
import type { FeatureTable } from "../text-features.js";
import { weakestGap } from "../weak-halves.js";
import { corpusOrExplain } from "./corpus-articles.js";
import { foldLayoutArgs, segmentedDumps } from "./segmented-dumps.js";
import type { Story } from "./true-stories.js";

// The short parting's bar (short-halves.ts), under which a weakest gap is counted a candidate.
const CANDIDATE_COHESION = 0.02;
// The brief-tail trial's bar (docs/tried.md, "Briefs: two-paragraph briefs run onto a found
// article's end").
const TAIL_COHESION = 0.01;

type Add = (label: string) => void;

/**
 * `node dist-tools/corpus/briefs-readings.js [fold] [layout] [whole]` after `npm run tools`: how
 * each composed dump (briefs unless `whole`) is read, as one of short stories or not (the reading
 * parse-text.ts gives the short parting, not brief-misses' explicit mean), with its found
 * articles' mean length in paragraphs; where the missed headless starts lie by that reading, by
 * the found article they fall in (its size, the paragraphs each side) and by their own length;
 * and, in dumps read as short stories, each found article's weakest gap with two paragraphs or
 * more a side under the short parting's bar, true or not, by its pieces and cohesion. Counts
 * only, never the corpus's text.
 */
function main(): void {
  const corpus = corpusOrExplain("briefs readings", true);
  if (corpus === null) return;
  const { fold, layout, briefs } = foldLayoutArgs();
  const tally = new Map<string, number>();
  const add = (label: string) => tally.set(label, (tally.get(label) ?? 0) + 1);
  for (const { spans, shortStories, table, stories } of segmentedDumps(
    corpus,
    fold,
    briefs,
    layout,
  )) {
    if (shortStories) countCandidates(spans, table, new Set(stories.map((s) => s.first)), add);
    countMisses(spans, stories, shortStories, add);
  }
  for (const [label, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    console.log(`${String(n).padStart(5)}  ${label}`);
}

/** The dump's reading and found mean; its headless starts found or missed, and where missed. */
function countMisses(spans: ArticleSpan[], stories: Story[], short: boolean, add: Add): void {
  const mean = spans.reduce((s, a) => s + a.last - a.first + 1, 0) / Math.max(1, spans.length);
  const reading = `${short ? "short" : "long"} found mean ${mean < 6 ? "<6" : mean < 12 ? Math.floor(mean) : "12+"}`;
  add(`dumps | ${reading}`);
  const found = new Set(spans.map((s) => s.first));
  stories.forEach((story, i) => {
    if (i === 0 || story.body > story.first) return;
    add(`headless | ${reading} | ${found.has(story.first) ? "found" : "missed"}`);
    const span = spans.find((s) => s.first <= story.first && story.first <= s.last);
    if (found.has(story.first) || span === undefined) return;
    const prev = stories[i - 1] as Story;
    const size = span.last - span.first + 1;
    const kind = short ? "short" : "long";
    add(
      `missed | ${kind} | article ${size < 6 ? "<6" : size < 16 ? "6-15" : "16+"}, before ${Math.min(story.first - span.first, 6)}, after ${Math.min(span.last - story.first + 1, 6)}`,
    );
    add(
      `missed | ${kind} | own ${story.last - story.first + 1}, above ${Math.min(prev.last - prev.body + 1, 6)}`,
    );
  });
}

/** Found articles of 4-15 paragraphs whose weakest gap (two a side) is under the short bar. */
function countCandidates(
  spans: ArticleSpan[],
  table: FeatureTable,
  starts: Set<number>,
  add: Add,
): void {
  for (const span of spans) {
    const size = span.last - span.first + 1;
    if (size < 4 || size > 15) continue;
    const weakest = weakestGap(table, span, 2);
    if (weakest === null || weakest.cohesion >= CANDIDATE_COHESION) continue;
    const hit = starts.has(weakest.at) ? "true" : "false";
    const above = weakest.at - span.first;
    const below = span.last - weakest.at + 1;
    const c = weakest.cohesion < 0.005 ? "<.005" : weakest.cohesion < 0.01 ? "<.01" : "<.02";
    add(`candidate | cohesion ${c} | ${hit}`);
    add(`candidate | pieces ${Math.min(above, 4)}|${Math.min(below, 4)} | ${hit}`);
    add(`candidate | headed ${span.headline !== null} | ${hit}`);
    add(`candidate | lede ${Math.floor(table.lexical(weakest.at).ledeLike * 4) / 4} | ${hit}`);
    if (below === 2 && above >= 3 && weakest.cohesion < TAIL_COHESION)
      add(`candidate | brief tail | ${hit}`);
  }
}

main();
