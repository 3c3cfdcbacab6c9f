import type { ArticleSpan } from "../article-span.js";
import { priorMeanLength } from "../dump-length-prior.js";
import { dumpOwnMean } from "../dump-prior-tuning.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { LEARNED_LENGTH_PRIOR } from "../learned/decoder-data.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { DEFAULT_TUNING, SHORT_DUMPS } from "../segment-tuning.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { storyBucket, wordBucket } from "./line-shapes.js";
import { trueStories } from "./true-stories.js";

/**
 * `npm run brief-misses -w @newsdesk/parser [-- fold]`: the true starts the parser misses in briefs
 * dumps (one fold, the validation fold unless told), counted by kind: a headed brief whose
 * headline is left in the story above (or found a paragraph off), a headless brief after a short
 * story, in a decoded stretch or one judged gap by gap; with the story before it found or not.
 * Shapes and counts only, never the corpus's text.
 */
function main(): void {
  const corpus = corpusOrExplain("briefs misses", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  const tally = new Map<string, number>();
  const add = (label: string) => tally.set(label, (tally.get(label) ?? 0) + 1);
  const dumpMeans = new Map<string, number>();
  const corpusMean = priorMeanLength(LEARNED_LENGTH_PRIOR);
  for (const dump of corpusDumps(articles, { layout: "lines", seed: 1, briefs: true })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const { table, spans } = segmentText(paragraphs);
    const features = table.paragraphs;
    const heads = findExplicitStarts(paragraphs, table, DEFAULT_TUNING.headVeto);
    const mean = dumpOwnMean(DEFAULT_TUNING, features, heads) ?? corpusMean;
    const shortDump = mean < SHORT_DUMPS.maxMean;
    const bucket = mean < 5 ? "<5" : mean < 6 ? "5-6" : mean < 7 ? "6-7" : mean < 8 ? "7-8" : "8+";
    dumpMeans.set(bucket, (dumpMeans.get(bucket) ?? 0) + 1);
    const headFirsts = heads.map((h) => h.span.first);
    // A story opened by a headline has its body after it (trueStories).
    const stories = trueStories(paragraphs, dump.truth).map((s) => ({
      ...s,
      headed: s.body > s.first,
    }));
    const found = new Map(spans.map((s) => [s.first, s]));
    stories.forEach((story, i) => {
      if (i === 0) return;
      const prev = stories[i - 1] as (typeof stories)[number];
      const prevLen = story.first - prev.first - (prev.headed ? 1 : 0);
      const layer = `${story.headed ? "headed" : "headless"}`;
      add(`${layer}: all`);
      const mb = mean < 5 ? "<5" : mean < 6 ? "5-6" : mean < 7 ? "6-7" : mean < 8 ? "7-8" : "8+";
      if (found.has(story.first)) {
        add(`${layer}: found`);
        add(`${layer} by dump mean ${mb}: found`);
        return;
      }
      add(`${layer}: missed`);
      add(`${layer} by dump mean ${mb}: missed`);
      const near = spans.find((s) => s.first !== 0 && Math.abs(s.first - story.first) <= 2);
      const nearLabel = near
        ? `found ${near.first > story.first ? "late" : "early"} by ${Math.abs(near.first - story.first)} (${kindOf(near)})`
        : "nothing near";
      add(`${layer} missed | ${nearLabel}`);
      add(
        `${layer} missed | prev story ${prev.headed ? "headed" : "headless"}, ${found.has(prev.first) ? "found" : "missed"}`,
      );
      add(`${layer} missed | prev story body ${prevLen}`);
      add(`${layer} missed | dump ${shortDump ? "short (decoded)" : "not short"}`);
      if (story.headed) {
        const f = features[story.first];
        add(
          `headed missed | line ${f?.headlineLike ? "headline-like" : "NOT headline-like"}, ${wordBucket(f?.words ?? 0)} words${f?.allCaps ? ", caps" : ""}`,
        );
        add(`headed missed | explicit head there: ${headFirsts.includes(story.first)}`);
      } else {
        // The stretch between explicit starts the gap lies in, in body paragraphs.
        let h = 0;
        while (h + 1 < headFirsts.length && (headFirsts[h + 1] as number) <= story.first) h++;
        const from = headFirsts[h] ?? 0;
        const to = h + 1 < headFirsts.length ? (headFirsts[h + 1] as number) : paragraphs.length;
        let body = 0;
        for (let p = from; p < to; p++) if (features[p]?.kind === "text") body++;
        add(`headless missed | stretch body ${storyBucket(body)}`);
        add(
          `headless missed | stretch ${body >= 17 || (shortDump && body >= SHORT_DUMPS.minStretch + 1) ? "decoded" : "gap by gap"}`,
        );
        add(
          `headless missed | ${shortDump ? "short" : "not short"} dump, stretch body ${storyBucket(body)}`,
        );
        add(`headless missed | own length ${story.last - story.first + 1}`);
        const lede = table.lexical(story.first).ledeLike;
        add(
          `headless missed | lede-likeness ${lede < 0.25 ? "<0.25" : lede < 0.5 ? "0.25-0.5" : lede < 0.75 ? "0.5-0.75" : "0.75+"}`,
        );
        add(
          `headless missed | opens ${features[story.first]?.headlineLike ? "on headline-like" : "prose"}`,
        );
      }
    });
  }
  console.log(`dumps by mean: ${[...dumpMeans].map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  for (const [label, n] of [...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    console.log(`${String(n).padStart(5)}  ${label}`);
}

function kindOf(span: ArticleSpan): string {
  const kind = span.start?.kind ?? "hard break";
  if (kind === "gap") return span.reach !== undefined ? "decoded" : "gap by gap";
  return kind;
}

main();
