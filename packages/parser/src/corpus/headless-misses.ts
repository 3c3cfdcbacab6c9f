import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { LeftContext } from "../left-context.js";
import { splitLines } from "../lines.js";
import { gapFeatures } from "../measure-gap.js";
import { groupParagraphs } from "../paragraphs.js";
import { parseDump } from "../parse-dump.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import { auc } from "./auc.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { aboveShapes, ledeShapes } from "./gap-text-shapes.js";

// A start this many paragraphs from the true one is that start moved, not missed.
const NEAR = 2;
// Gaps this far into the true story above are the decoder's to judge with the topic evidence.
const DEEP = 6;

/**
 * `npm run headless-misses -w @newsdesk/parser [-- fold]`: the true headless starts of whole articles'
 * dumps (one paragraph a line) found, moved and missed, counted by class: the length of the true
 * story above, gap by gap or decoded, the decoder's calibrated log-odds at the gap measured from
 * the story above's true start (under the floor: the evidence is low; above it: the path's
 * lengths chose otherwise), the lede's shape (lede-likeness, a continuation's opening) and its
 * cohesion with the story above.
 * Then how well each measure tells true starts from the other gaps deep in decoded stories (AUC),
 * over all such gaps and over those the decoder's score leaves in doubt. Counts only.
 * `shapes` (a further argument): the census of the text at each gap (gap-text-shapes.ts), the
 * share of each tag among the headless starts found, moved and missed and among the other gaps
 * DEEP+ paragraphs into decoded stories, in doubt (log-odds -3 to 0) and under -3.
 */
function main(): void {
  const corpus = corpusOrExplain("headless misses", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  // `briefs`: the briefs layout's dumps, each headless start's log-odds counted whatever its stretch.
  const briefs = process.argv[3] === "briefs";
  const shapes = process.argv.includes("shapes") ? new ShapeCensus() : null;
  const articles = articlesOfFold(corpus, fold);
  const tally = new Map<string, [number, number, number]>();
  const add = (key: string, outcome: 0 | 1 | 2) => {
    const row = tally.get(key) ?? [0, 0, 0];
    row[outcome]++;
    tally.set(key, row);
  };
  const measures = new Map<string, { x: number; y: number; score: number }[]>();
  const measure = (name: string, x: number, y: number, score: number) => {
    const list = measures.get(name) ?? [];
    list.push({ x, y, score });
    measures.set(name, list);
  };
  for (const dump of corpusDumps(articles, { layout: "lines", seed: 1, briefs })) {
    const truth = new Set(dump.truth.filter((t) => t.headline === null).map((t) => t.startLine));
    const starts = new Set(dump.truth.map((t) => t.startLine));
    const found = parseDump(dump.text).articles.map((a) => a.startLine);
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const startLineOf = (p: number) => paragraphs[p]?.startLine ?? 0;
    for (const { table, body, labels } of labeledRuns(dump.text, starts)) {
      const context = new LeftContext(table);
      context.reset(body);
      const decoded = body.length >= DEFAULT_DECODER.minStretch;
      const lineOf = (g: number) => startLineOf(body[g] as number);
      let storyStart = 0;
      for (let g = 1; g < body.length; g++) {
        const isStart = labels[g] === 1;
        const depth = g - storyStart;
        const score = calibrated(
          decoderGapModel(context),
          decoderGapScore(context, table, body, g, -Infinity, storyStart),
        );
        context.moveTo(storyStart, g);
        const evidence = gapFeatures(context, table, body, g);
        const headless = isStart && truth.has(lineOf(g));
        if (shapes !== null && (headless || (decoded && !isStart && depth >= DEEP))) {
          const at = body[g] as number;
          const above = body.slice(storyStart, g).map((k) => paragraphs[k]?.text ?? "");
          const lede = paragraphs[at]?.text ?? "";
          let below = g + 1;
          while (below < body.length && labels[below] !== 1) below++;
          shapes.tags = [
            ...ledeShapes(lede, above.join(" ")).map((t) => `lede: ${t}`),
            ...aboveShapes(above.at(-1) ?? "").map((t) => `above: ${t}`),
            `story above ${lengthBucket(depth)}`,
            `story below ${lengthBucket(below - g)}`,
            `log-odds ${scoreBucket(score)}`,
          ];
          if (!headless) shapes.add(score >= -3 && score < 0 ? 3 : score < -3 ? 4 : 5);
        }
        if (decoded && depth >= DEEP) {
          const y = isStart ? 1 : 0;
          measure("decoder log-odds", score, y, score);
          measure("lede-likeness", evidence.ledeLike, y, score);
          measure("lede cohesion (window)", -evidence.ledeCohesion, y, score);
          measure("word cohesion (window)", -evidence.wordCohesion, y, score);
          measure("cast cohesion", -evidence.castCohesion, y, score);
          measure("topic shift", evidence.topicShift - evidence.topicContinues, y, score);
        }
        if (headless) {
          const line = lineOf(g);
          const distance = Math.min(
            ...found.map((f) => Math.abs(indexOfLine(startLineOf, body, f) - g)),
          );
          const outcome = found.includes(line) ? 0 : distance <= NEAR ? 1 : 2;
          add("all", outcome);
          shapes?.add(outcome);
          add(`${decoded ? "decoded" : "gap by gap"}, story above ${lengthBucket(depth)}`, outcome);
          if (briefs) {
            add(`briefs, story above ${depth}`, outcome);
            add(`briefs, log-odds ${fineScoreBucket(score)}`, outcome);
            add(`briefs, lede cohesion ${unitBucket(evidence.ledeCohesion)}`, outcome);
            add(`briefs, word cohesion ${unitBucket(evidence.wordCohesion)}`, outcome);
          }
          if (decoded) {
            add(`decoded, log-odds ${scoreBucket(score)}`, outcome);
            add(`decoded, lede-likeness ${unitBucket(evidence.ledeLike)}`, outcome);
            add(
              `decoded, opens as a continuation ${evidence.continuationOpening > 0 ? "yes" : "no"}`,
              outcome,
            );
            add(`decoded, lede cohesion ${unitBucket(evidence.ledeCohesion)}`, outcome);
            add(`decoded, topic measured ${evidence.topicMeasured > 0 ? "yes" : "no"}`, outcome);
          }
        }
        if (isStart) storyStart = g;
      }
    }
  }
  console.log(
    `fold ${fold}, ${briefs ? "briefs" : "one a line"}: true headless starts found / within ${NEAR} / missed`,
  );
  for (const [key, [f, n, m]] of [...tally].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${key.padEnd(48)} ${f} / ${n} / ${m}`);
  shapes?.print();
  console.log(`\ngaps ${DEEP}+ paragraphs into decoded stories: AUC (all; log-odds -3 to 0)`);
  for (const [name, list] of measures) {
    const doubt = list.filter((s) => s.score >= -3 && s.score < 0);
    console.log(
      `  ${name.padEnd(40)} ${aucOf(list).toFixed(3)}; ${aucOf(doubt).toFixed(3)} (n ${doubt.length}, starts ${doubt.filter((s) => s.y === 1).length})`,
    );
  }
}

const GROUPS = ["found", "moved", "missed", "other -3..0", "other < -3"] as const;

/** Tags counted per group: 0-2 a headless start's outcome, 3-4 the other deep gaps by log-odds. */
class ShapeCensus {
  tags: string[] = [];
  private readonly totals = new Float64Array(GROUPS.length);
  private readonly counts = new Map<string, Float64Array>();

  add(group: number): void {
    if (group >= GROUPS.length) return;
    this.totals[group] = (this.totals[group] as number) + 1;
    for (const tag of this.tags) {
      const row = this.counts.get(tag) ?? new Float64Array(GROUPS.length);
      row[group] = (row[group] as number) + 1;
      this.counts.set(tag, row);
    }
  }

  print(): void {
    console.log(`\nshapes: count (share) per group, n = ${[...this.totals].join(" / ")}`);
    console.log(`  ${"tag".padEnd(40)} ${GROUPS.map((g) => g.padStart(16)).join("")}`);
    for (const [tag, row] of [...this.counts].sort((a, b) => a[0].localeCompare(b[0]))) {
      const cells = [...row].map((n, i) => {
        const share = n / Math.max(1, this.totals[i] as number);
        return `${n} (${share.toFixed(3)})`.padStart(16);
      });
      console.log(`  ${tag.padEnd(40)} ${cells.join("")}`);
    }
  }
}

function indexOfLine(
  startLineOf: (p: number) => number,
  body: readonly number[],
  line: number,
): number {
  for (let g = 0; g < body.length; g++) if (startLineOf(body[g] as number) >= line) return g;
  return Number.POSITIVE_INFINITY;
}

function aucOf(samples: readonly { x: number; y: number }[]): number {
  return auc(
    samples.map((s) => s.x),
    samples.map((s) => s.y),
  );
}

function lengthBucket(n: number): string {
  return n <= 5 ? "1-5" : n <= 12 ? "6-12" : n <= 20 ? "13-20" : n <= 40 ? "21-40" : "41+";
}

function scoreBucket(x: number): string {
  return x < -2 ? "< -2 (floor)" : x < -1 ? "-2 to -1" : x < 0 ? "-1 to 0" : ">= 0";
}

function fineScoreBucket(x: number): string {
  const edges = [-4, -3, -2.5, -2, -1.5, -1, -0.5, 0];
  const at = edges.findIndex((e) => x < e);
  return at < 0 ? ">= 0" : at === 0 ? "< -4" : `${edges[at - 1]} to ${edges[at]}`;
}

function unitBucket(x: number): string {
  return x < 0.1
    ? "< 0.1"
    : x < 0.3
      ? "0.1-0.3"
      : x < 0.6
        ? "0.3-0.6"
        : x < 0.8
          ? "0.6-0.8"
          : ">= 0.8";
}

main();
