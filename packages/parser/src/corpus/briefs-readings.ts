import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { type CorpusLayout, corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";
import { weakestGap } from "../weak-halves.js";

/**
 * `node dist-tools/corpus/briefs-readings.js [fold] [layout] [briefs]` after `npm run tools`: how
 * each composed dump is read (as one of short stories or not, as parse-text.ts reads it) and its
 * found articles' mean length in paragraphs, and where the missed headless starts lie: by the
 * dump's reading and found mean, the found article they fall in (its size, the pieces each side),
 * and the missed story's own length and the one's above. Counts only, never the corpus's text.
 */
function main(): void {
  const corpus = corpusOrExplain("briefs readings", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const layout = (process.argv[3] ?? "lines") as CorpusLayout;
  const briefs = process.argv[4] !== "whole";
  const tally = new Map<string, number>();
  const add = (label: string) => tally.set(label, (tally.get(label) ?? 0) + 1);
  const meanBucket = (m: number) => (m < 6 ? "<6" : m < 12 ? String(Math.floor(m)) : "12+");
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), { layout, seed: 1, briefs })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const { spans, shortStories, table } = segmentText(paragraphs, undefined, undefined, true);
    if (shortStories) {
      const truthStarts = new Set(trueStories(paragraphs, dump.truth).map((s) => s.first));
      for (const span of spans) {
        const size = span.last - span.first + 1;
        if (size < 4 || size > 15) continue;
        const weakest = weakestGap(table, span, 2);
        if (weakest === null || weakest.cohesion >= 0.02) continue;
        const hit = truthStarts.has(weakest.at) ? "true" : "false";
        const lede = table.lexical(weakest.at).ledeLike;
        const ledeAbove = table.lexical(span.first).ledeLike;
        const c = weakest.cohesion < 0.005 ? "<.005" : weakest.cohesion < 0.01 ? "<.01" : "<.02";
        const above = weakest.at - span.first;
        const below = span.last - weakest.at + 1;
        add(`cand | cohesion ${c} | ${hit}`);
        add(`cand | lede ${Math.floor(lede * 4) / 4} | ${hit}`);
        add(`cand | lede-minus-next ${Math.sign(Math.round((lede - table.lexical(weakest.at + 1).ledeLike) * 4))} | ${hit}`);
        add(`cand | lede over first ${lede >= ledeAbove ? "ge" : "lt"} | ${hit}`);
        add(`cand | pieces ${Math.min(above, 4)}|${Math.min(below, 4)} | ${hit}`);
        add(`cand | headed ${span.headline !== null} | ${hit}`);
        add(`cand | size ${size} | ${hit}`);
      }
    }
    const mean =
      spans.reduce((s, a) => s + a.last - a.first + 1, 0) / Math.max(1, spans.length);
    const reading = `${shortStories ? "short" : "long"} found mean ${meanBucket(mean)}`;
    add(`dumps | ${reading}`);
    const found = new Set(spans.map((s) => s.first));
    const stories = trueStories(paragraphs, dump.truth);
    stories.forEach((story, i) => {
      if (i === 0 || story.body > story.first) return;
      add(`headless | ${reading} | ${found.has(story.first) ? "found" : "missed"}`);
      if (found.has(story.first)) return;
      const prev = stories[i - 1] as (typeof stories)[number];
      const span = spans.find((s) => s.first <= story.first && story.first <= s.last);
      if (span === undefined) return;
      const before = story.first - span.first;
      const after = span.last - story.first + 1;
      const size = span.last - span.first + 1;
      const sizeBucket = size < 6 ? "<6" : size < 16 ? "6-15" : "16+";
      add(
        `missed | ${shortStories ? "short" : "long"} | article ${sizeBucket}, before ${Math.min(before, 6)}, after ${Math.min(after, 6)}`,
      );
      add(
        `missed | ${shortStories ? "short" : "long"} | own ${story.last - story.first + 1}, above ${Math.min(prev.last - prev.body + 1, 6)}`,
      );
    });
  }
  for (const [label, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    console.log(`${String(n).padStart(5)}  ${label}`);
}

main();
