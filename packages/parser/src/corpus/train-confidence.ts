import { START_KINDS, type StartKind } from "../article-span.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { corpusOrExplain, foldOf, splitByOutlet, VALIDATION_FOLD } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { writeLearned } from "./learned-files.js";
import { fitDense } from "./logistic.js";

// Fewer judged starts of a kind than this, and its score is not trusted to scale.
const FEWEST_TO_SCALE = 50;

/**
 * `npm run train`, last step: how sure the parser may be of each article's start
 * (start-confidence.ts). The starts of dumps composed from the training outlets (the validation
 * fold left out), each judged true or false against the composer's truth, fit per kind of start
 * the log-odds of a true start as a line in the model's score (Platt scaling); a rule's starts,
 * which carry no score, get their share of true ones (add-one smoothed).
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  // Settings are chosen on the validation fold; the calibration learns on the rest.
  const learning = splitByOutlet(corpus).train.filter((a) => foldOf(a.source) !== VALIDATION_FOLD);
  const scores = new Map<StartKind, number[]>(START_KINDS.map((k) => [k, []]));
  const truths = new Map<StartKind, number[]>(START_KINDS.map((k) => [k, []]));
  for (const layout of CORPUS_LAYOUTS) {
    for (const dump of corpusDumps(learning, { layout, seed: 31, perOutlet: 24 })) {
      const starts = new Set(dump.truth.map((t) => t.startLine));
      const paragraphs = groupParagraphs(splitLines(dump.text));
      for (const span of segmentText(paragraphs).spans) {
        if (!span.start) continue;
        scores.get(span.start.kind)?.push(span.start.score);
        const line = paragraphs[span.first]?.startLine ?? -1;
        truths.get(span.start.kind)?.push(starts.has(line) ? 1 : 0);
      }
    }
  }
  const entries = START_KINDS.map((kind) => {
    const x = scores.get(kind) ?? [];
    const y = truths.get(kind) ?? [];
    const positives = y.filter((v) => v === 1).length;
    const scored = x.some((v) => v !== 0) && y.length >= FEWEST_TO_SCALE;
    const [offset, scale] = scored
      ? fitDense(
          x.map((v) => Float64Array.of(v)),
          y,
          { l2: 0.01 },
        )
      : [Math.log((positives + 1) / (y.length - positives + 1)), 0];
    console.log(
      `${kind}: ${y.length} starts, ${positives} true; log-odds ${(scale as number).toFixed(3)} x score + ${(offset as number).toFixed(3)}`,
    );
    return `  ${JSON.stringify(kind)}: { scale: ${(scale as number).toFixed(3)}, offset: ${(offset as number).toFixed(3)} },`;
  });
  writeLearned(
    "start-calibration-data.ts",
    `/** Log-odds of a true start per kind of start, fitted by Platt scaling (see corpus/train-confidence.ts). */
export const LEARNED_START_CALIBRATION = {
${entries.join("\n")}
};
`,
  );
}

main();
