import { AUTHOR_NOTE_OPENING } from "../author-note.js";
import { closingLineKind } from "../closing-lines.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { parseDump } from "../parse-dump.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";

// A found start this many lines from a true one is that start moved, not missed.
const NEAR = 2;
// Gaps this far into their true story are counted (a decoded story's fewest paragraphs).
const DEEP = 3;

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/iu;

type Cue = (text: string, between: readonly string[]) => boolean;

const CUES: [string, Cue][] = [
  ["non-body lines between", (_t, between) => between.length > 0],
  ["closing line before", (t) => closingLineKind(t) !== null],
  ["copyright before", (t, between) => [t, ...between].some((x) => COPYRIGHT.test(x.trim()))],
  [
    "author's note before",
    (t) => AUTHOR_NOTE_OPENING.test(t.trim()) && t.split(/\s+/).length <= 80,
  ],
  [
    "any of these",
    (t, between) =>
      between.length > 0 ||
      closingLineKind(t) !== null ||
      COPYRIGHT.test(t.trim()) ||
      (AUTHOR_NOTE_OPENING.test(t.trim()) && t.split(/\s+/).length <= 80),
  ],
];

/**
 * `node dist-tools/corpus/closing-cues.js [fold]`: whole articles' dumps (one a line), decoded
 * stretches: how often the paragraph before a gap (and any line between it and the next body
 * paragraph) reads as a story's close, at true headless starts found and missed and at the
 * other gaps. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("closing cues", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const counts = new Map<string, number[]>();
  const kinds = ["found", "missed", "moved", "other gaps"];
  const totals = [0, 0, 0, 0];
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), { layout: "lines", seed: 1 })) {
    const headless = new Set(dump.truth.filter((t) => t.headline === null).map((t) => t.startLine));
    const starts = new Set(dump.truth.map((t) => t.startLine));
    const found = parseDump(dump.text).articles.map((a) => a.startLine);
    const paragraphs = groupParagraphs(splitLines(dump.text));
    for (const { body, labels } of labeledRuns(dump.text, starts)) {
      if (body.length < DEFAULT_DECODER.minStretch) continue;
      let storyStart = 0;
      for (let g = 1; g < body.length; g++) {
        const line = paragraphs[body[g] as number]?.startLine ?? 0;
        const isStart = labels[g] === 1;
        let kind = -1;
        if (isStart && headless.has(line))
          kind = found.includes(line) ? 0 : found.some((f) => Math.abs(f - line) <= NEAR) ? 2 : 1;
        else if (!isStart && g - storyStart >= DEEP) kind = 3;
        if (isStart) storyStart = g;
        if (kind < 0) continue;
        totals[kind] = (totals[kind] as number) + 1;
        const before = paragraphs[body[g - 1] as number]?.text ?? "";
        const between: string[] = [];
        for (let k = (body[g - 1] as number) + 1; k < (body[g] as number); k++)
          between.push(paragraphs[k]?.text ?? "");
        for (const [name, cue] of CUES) {
          if (!cue(before, between)) continue;
          const row = counts.get(name) ?? [0, 0, 0, 0];
          row[kind] = (row[kind] as number) + 1;
          counts.set(name, row);
        }
      }
    }
  }
  console.log(
    `fold ${fold}, one a line, decoded stretches: ${kinds.map((k, i) => `${k} ${totals[i]}`).join(", ")}`,
  );
  for (const [name, row] of counts)
    console.log(
      `  ${name.padEnd(26)} ${row.map((n, i) => `${n} (${((100 * n) / (totals[i] || 1)).toFixed(1)}%)`).join("  ")}`,
    );
}

main();
