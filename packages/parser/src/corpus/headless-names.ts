import { AUTHOR_NOTE_OPENING, AUTHOR_OCCUPATION } from "../author-note.js";
import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { LeftContext } from "../left-context.js";
import { gapFeatures } from "../measure-gap.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import { STEM_IDF } from "../term-idf.js";
import { STEMS } from "../term-store.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import type { FeatureTable } from "../text-features.js";
import { auc } from "./auc.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { fitDense } from "./logistic.js";
import { offsetLogLoss } from "./offset-loss.js";

const DEEP = 3;
const STOP = new Set(
  (
    "The A An In On At For From With By But And Or Yet So If As After Before Since When While Where Why How What Who " +
    "This That These Those There Their They He She It Its His Her We Our You Your I Mr Ms Mrs Dr Sir Monday Tuesday " +
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October " +
    "November December President Prime Minister Secretary General Sen Rep Gov New Former Last Next Now Then Today " +
    "According Despite During Under Over Among Although Because Still Also However Meanwhile One Two Three Some Many"
  ).split(" "),
);

interface Names {
  caps: Set<string>;
  runs: [string, string][];
}

/** Capitalized words and the runs of two or more (full names) of one paragraph, by regex. */
function namesOf(text: string): Names {
  const caps = new Set<string>();
  const runs: [string, string][] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length >= 2) runs.push([run[0] as string, run[run.length - 1] as string]);
    run = [];
  };
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*[.,;:!?"”)]*/gu)) {
    const raw = m[0];
    const word = raw.replace(/[.,;:!?"”)]+$/, "");
    const upper = /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
    if (upper && !STOP.has(word)) {
      caps.add(word);
      run.push(word);
    } else close();
    if (raw !== word) close();
  }
  close();
  return { caps, runs };
}

/**
 * `node dist-tools/corpus/headless-names.js [fold]`: candidate cues of a headless start at the gaps
 * DEEP+ paragraphs into decoded stories of one fold's whole-article dumps (one a line): a full name
 * whose surname the story above used and whose first name it did not (a person introduced anew),
 * a full name wholly new, a known name bare, the lede's words shared with the story's opening
 * against its recent paragraphs. Counts, AUC, and each cue's weight fitted beside the decoder's
 * log-odds (offset), with the log loss it saves. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("headless names", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  const rows: { score: number; y: number; f: number[] }[] = [];
  const names = [
    "reintroduced",
    "newFullName",
    "bareKnown",
    "openingCohesion",
    "openingLean",
    "castCohesion",
    "titleLike",
    "titleOverLede",
    "nextLedeLike",
    "authorNoteAbove",
    "authorNoteTight",
  ];
  for (const dump of corpusDumps(articles, { layout: "lines", seed: 1 })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    for (const { table, body, labels } of labeledRuns(dump.text, starts)) {
      if (body.length < DEFAULT_DECODER.minStretch) continue;
      const context = new LeftContext(table);
      context.reset(body);
      const cache = new Map<number, Names>();
      const namesAt = (k: number) => {
        let n = cache.get(k);
        if (n === undefined) {
          n = namesOf(table.text(body[k] as number));
          cache.set(k, n);
        }
        return n;
      };
      let storyStart = 0;
      for (let g = 1; g < body.length; g++) {
        const isStart = labels[g] === 1;
        const depth = g - storyStart;
        if (depth >= DEEP) {
          const score = calibrated(
            decoderGapModel(context),
            decoderGapScore(context, table, body, g, -Infinity, storyStart),
          );
          context.moveTo(storyStart, g);
          const evidence = gapFeatures(context, table, body, g);
          const left = new Set<string>();
          for (let k = Math.max(storyStart, g - 25); k < g; k++)
            for (const c of namesAt(k).caps) left.add(c);
          const lede = namesAt(g);
          let reintroduced = 0;
          let newFull = 0;
          for (const [first, last] of lede.runs) {
            if (left.has(last) && !left.has(first)) reintroduced = 1;
            if (!left.has(last) && !left.has(first)) newFull = 1;
          }
          const inRuns = new Set(lede.runs.flat());
          let bare = 0;
          for (const c of lede.caps) if (left.has(c) && !inRuns.has(c)) bare++;
          const opening = stemShare(table, body, g, storyStart, Math.min(storyStart + 2, g));
          const recent = stemShare(table, body, g, Math.max(storyStart, g - 3), g);
          const text = table.text(body[g] as number).trim();
          const words = text.split(/\s+/).length;
          const titleLike = words <= 15 && !/[.,;"”’]$/.test(text) ? 1 : 0;
          const next = g + 1 < body.length ? table.lexical(body[g + 1] as number).ledeLike : 0;
          const above = table.text(body[g - 1] as number).trim();
          const aboveWords = above.split(/\s+/).length;
          const note = AUTHOR_NOTE_OPENING.test(above) && aboveWords <= 80 ? 1 : 0;
          const tight = note && aboveWords <= 60 && AUTHOR_OCCUPATION.test(above) ? 1 : 0;
          rows.push({
            score,
            y: isStart ? 1 : 0,
            f: [
              reintroduced,
              newFull,
              Math.min(bare, 3) / 3,
              opening,
              opening - recent,
              evidence.castCohesion,
              titleLike,
              titleLike * next,
              next,
              note,
              tight,
            ],
          });
        }
        if (isStart) storyStart = g;
      }
    }
  }
  const band = (lo: number, hi: number) => rows.filter((r) => r.score >= lo && r.score < hi);
  console.log(
    `fold ${fold}: gaps ${DEEP}+ paragraphs into decoded stories, ${rows.length}, starts ${rows.filter((r) => r.y).length}`,
  );
  for (const [label, set] of [
    ["all", rows],
    ["log-odds < -2", band(-Infinity, -2)],
    ["-3 to 0", band(-3, 0)],
    ["-5 to -2", band(-5, -2)],
  ] as const) {
    console.log(`\n${label}: n ${set.length}, starts ${set.filter((r) => r.y).length}`);
    names.forEach((name, i) => {
      const pos = set.filter((r) => r.y === 1);
      const neg = set.filter((r) => r.y === 0);
      const mean = (s: typeof set) =>
        s.reduce((a, r) => a + (r.f[i] as number), 0) / Math.max(1, s.length);
      const on = (s: typeof set) => s.filter((r) => (r.f[i] as number) > 0).length;
      console.log(
        `  ${name.padEnd(18)} mean start ${mean(pos).toFixed(3)} other ${mean(neg).toFixed(3)}; >0 ${on(pos)}/${pos.length} vs ${on(neg)}/${neg.length}; AUC ${auc(
          set.map((r) => r.f[i] as number),
          set.map((r) => r.y),
        ).toFixed(3)}`,
      );
    });
  }
  // Each cue beside the decoder's log-odds: its weight and the log loss saved.
  const ys = rows.map((r) => r.y);
  const offsets = rows.map((r) => r.score);
  const base = fitDense(
    rows.map(() => new Float64Array(0)),
    ys,
    { offsets, l2: 0.1 },
  );
  const lossOf = (w: number[], xs: Float64Array[]) => offsetLogLoss(rows, w, xs);
  const empty = rows.map(() => new Float64Array(0));
  console.log(`\nbeside the log-odds (offset): base loss ${lossOf(base, empty).toFixed(1)}`);
  names.forEach((name, i) => {
    const xs = rows.map((r) => Float64Array.of(r.f[i] as number));
    const w = fitDense(xs, ys, { offsets, l2: 0.1 });
    console.log(
      `  ${name.padEnd(18)} weight ${(w[1] as number).toFixed(2)}, loss ${lossOf(w, xs).toFixed(1)}`,
    );
  });
  const all = rows.map((r) => Float64Array.from(r.f));
  const w = fitDense(all, ys, { offsets, l2: 0.1 });
  console.log(
    `  all: ${w
      .slice(1)
      .map((x) => x.toFixed(2))
      .join(" ")}, loss ${lossOf(w, all).toFixed(1)}`,
  );
}

/** Share of the lede's stems, by idf, that paragraphs from..to of the story used. */
function stemShare(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  from: number,
  to: number,
): number {
  const seen = new Set<number>();
  for (let k = from; k < to; k++) {
    const f = table.lexical(body[k] as number);
    for (let i = f.from(STEMS); i < f.to(STEMS); i++) seen.add(f.terms[i] as number);
  }
  const lede = table.lexical(body[g] as number);
  let shared = 0;
  let total = 0;
  for (let i = lede.from(STEMS); i < lede.to(STEMS); i++) {
    const t = lede.terms[i] as number;
    const w = STEM_IDF.get(t);
    total += w;
    if (seen.has(t)) shared += w;
  }
  return total > 0 ? shared / total : 0;
}

main();
