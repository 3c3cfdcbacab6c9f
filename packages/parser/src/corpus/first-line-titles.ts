import { paragraphLogit } from "../paragraph-signals.js";
import type { Paragraph } from "../paragraphs.js";
import type { ParagraphFeatures } from "../text-features.js";
import { corpusOrExplain } from "./corpus-articles.js";
import type { CorpusLayout } from "./corpus-dumps.js";
import { segmentedDumps } from "./segmented-dumps.js";
import type { Story } from "./true-stories.js";

/**
 * `node dist-tools/corpus/first-line-titles.js FOLD [layout|briefs]`: at each true start found
 * right, the first line's shape and headline model score, against whether the dump had a
 * headline there and whether the parser took the line as one. What a rule on the first line of
 * a found article (a title written as sentences, a long title, a two-word title) would gain and
 * lose. Counts only on stdout; with SHOW=text set, each first line whose class holds that text is
 * written to stderr with its truth and score, for reading by hand (never into the repository).
 */
function main(): void {
  const corpus = corpusOrExplain("first-line titles", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? 1);
  const briefs = process.argv[3] === "briefs";
  const layout = (briefs ? "lines" : (process.argv[3] ?? "lines")) as CorpusLayout;
  const counts = new Map<string, number>();
  const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const { truth, paragraphs, table, spans, stories } of segmentedDumps(
    corpus,
    fold,
    briefs,
    layout,
  )) {
    const byFirst = new Map(spans.map((s) => [s.first, s]));
    stories.forEach((story: Story, i) => {
      const span = byFirst.get(story.first);
      if (span === undefined) return;
      const headed = truth[i]?.headline !== null;
      const f = table.paragraphs[story.first] as ParagraphFeatures;
      const text = (paragraphs[story.first] as Paragraph).text.trim();
      const taken = span.headline === story.first ? "taken" : "not taken";
      const kind = i === 0 ? "first" : (span.start?.kind ?? "hard break");
      const how = kind === "gap" ? (span.reach !== undefined ? "decoded" : "gap") : kind;
      const cls = `${how}: ${lineClass(text, f)}`;
      if (cls.endsWith("null")) return;
      const logit = paragraphLogit("headline", text);
      const bucket =
        logit < -4
          ? "<-4"
          : logit < -2
            ? "-4..-2"
            : logit < 0
              ? "-2..0"
              : logit < 2
                ? "0..2"
                : ">=2";
      const next = table.paragraphs[story.first + 1];
      const longer =
        next && next.kind === "text" && !next.headlineLike ? "over prose" : "over other";
      if (process.env.SHOW && cls.includes(process.env.SHOW))
        console.error(`${headed ? "HEADED" : "headless"} ${how} ${logit.toFixed(1)} | ${text}`);
      count(`${cls} | ${taken} | ${longer} | logit ${bucket} | ${headed ? "HEADED" : "headless"}`);
    });
  }
  console.log(`first lines of true starts found, fold ${fold}, ${briefs ? "briefs" : layout}`);
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    console.log(`  ${String(n).padStart(5)}  ${k}`);
}

const STOP_END = /[.!?]["”’)]*$/u;

function lineClass(text: string, f: ParagraphFeatures): string | null {
  if (f.kind !== "text") return null;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (f.headlineLike) {
    const marks: string[] = [words <= 2 ? "1-2 words" : words <= 7 ? "3-7 words" : "8+ words"];
    if (/\?["”’]?$/u.test(text)) marks.push("question");
    if (/^["“‘]/u.test(text)) marks.push("quoted");
    if (/:\s/u.test(text)) marks.push("colon");
    if (/[.!?]["”’)]?\s+\S/u.test(text)) marks.push("inner stop");
    return `headline-like, ${marks.join(", ")}`;
  }
  const sentences = (text.match(/[.!?]["”’)]?(\s+|$)/gu) ?? []).length;
  if (!/[.,;:]["”’')\]]*$/u.test(text) && /^\p{Lu}/u.test(text))
    return words <= 40 ? "no stop, 27-40 words" : null;
  if (words > 26 || !STOP_END.test(text)) return null;
  const size = words <= 8 ? "<=8" : words <= 16 ? "9-16" : "17-26";
  return `ends with stop, ${size} words, ${sentences > 1 ? "several" : "one"} sentence`;
}

main();
