import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { LeftContext } from "../left-context.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { parseDump } from "../parse-dump.js";
import { type LabeledRun, labeledRuns } from "../test-support/fit-gap-weights.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";

// A found start this many lines from a true one is that start moved, not missed.
const NEAR = 2;
// Gaps this close to a found article's ends are not looked at again (a decoded story's fewest).
const EDGE = 3;

/**
 * `node dist-tools/corpus/long-found.js [fold]`: whole articles' dumps (one paragraph a line):
 * how the true starts the parser missed lie in the articles it found, by each found article's
 * length against the mean of the dump's other found articles, and where the missed headless
 * stories stand in their dump. Then a second look at long found articles: the best gap inside
 * each (the decoder's calibrated log-odds, read from the found article's start), whether it is a
 * true start, by its log-odds. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("long found articles", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  const byRatio = new Tally();
  const byLength = new Tally();
  const position = new Tally();
  const looks = new Map<string, Tally>();
  for (const dump of corpusDumps(articles, { layout: "lines", seed: 1 })) {
    const found = parseDump(dump.text).articles;
    const foundStarts = found.map((a) => a.startLine);
    const isMissed = (line: number) => !foundStarts.some((f) => Math.abs(f - line) <= NEAR);
    const trueStarts = new Set(dump.truth.map((t) => t.startLine));
    dump.truth.forEach((t, i) => {
      if (i === 0 || t.headline !== null) return;
      position.add(`article ${i + 1} of ${dump.truth.length}`, isMissed(t.startLine) ? 1 : 0);
    });
    const total = found.reduce((sum, a) => sum + a.paragraphs.length, 0);
    const runs = new RunIndex(dump.text, trueStarts);
    for (const a of found) {
      const length = a.paragraphs.length;
      const others = found.length > 1 ? (total - length) / (found.length - 1) : length;
      const ratio = length / Math.max(1, others);
      const inside = dump.truth.filter(
        (t) =>
          t.startLine > a.startLine + NEAR && t.startLine <= a.endLine && isMissed(t.startLine),
      );
      const headless = inside.filter((t) => t.headline === null).length;
      const missed = headless > 0 ? 1 : 0;
      byRatio.add(ratioBucket(ratio), missed, headless);
      byLength.add(lengthBucket(length), missed, headless);
      if (length < 2 * EDGE + 2) continue;
      const best = runs.bestGap(a.startLine, a.endLine);
      if (best === null) continue;
      const label = trueStarts.has(best.line)
        ? 1
        : [...trueStarts].some((s) => Math.abs(s - best.line) <= 1)
          ? 2
          : 0;
      for (const [name, holds] of [
        ["any length", true],
        ["ratio >= 1.5", ratio >= 1.5],
        ["ratio >= 2", ratio >= 2],
        ["ratio >= 3", ratio >= 3],
        ["20+ paragraphs", length >= 20],
        ["20+ and ratio >= 2", length >= 20 && ratio >= 2],
      ] as const) {
        if (!holds) continue;
        const tally = looks.get(name) ?? new Tally();
        tally.add(oddsBucket(best.logOdds), label === 1 ? 1 : 0, label === 2 ? 1 : 0);
        looks.set(name, tally);
      }
    }
  }
  console.log(`fold ${fold}, one a line`);
  byRatio.print("found articles by length / the dump's other found articles' mean", [
    "articles",
    "with a missed headless start inside",
    "missed headless starts",
  ]);
  byLength.print("found articles by body paragraphs", [
    "articles",
    "with a missed headless start inside",
    "missed headless starts",
  ]);
  position.print("true headless starts by their place in the dump", ["starts", "missed"]);
  for (const [name, tally] of looks)
    tally.print(`second look, ${name}: the best gap inside by its log-odds`, [
      "articles",
      "best gap a true start",
      "one paragraph off one",
    ]);
}

/** Rows of counts under a key: how many, then sums of the values added. */
class Tally {
  private rows = new Map<string, number[]>();
  add(key: string, ...values: number[]): void {
    const row = this.rows.get(key) ?? [0, ...values.map(() => 0)];
    row[0] = (row[0] as number) + 1;
    values.forEach((v, i) => {
      row[i + 1] = (row[i + 1] as number) + v;
    });
    this.rows.set(key, row);
  }
  print(title: string, columns: readonly string[]): void {
    console.log(`\n${title} (${columns.join(" / ")})`);
    for (const [key, row] of [...this.rows].sort((x, y) => x[0].localeCompare(y[0])))
      console.log(`  ${key.padEnd(28)} ${row.join(" / ")}`);
  }
}

/** The runs between explicit starts of a dump, each gap's line, and their decoder scores. */
class RunIndex {
  private runs: LabeledRun[];
  private lines: number[][];
  private contexts = new Map<LabeledRun, LeftContext>();
  constructor(text: string, trueStarts: ReadonlySet<number>) {
    const paragraphs = groupParagraphs(splitLines(text));
    this.runs = labeledRuns(text, trueStarts);
    this.lines = this.runs.map((run) => run.body.map((k) => paragraphs[k]?.startLine ?? 0));
  }
  /** The best decoder gap at least EDGE body paragraphs inside the found article first..last. */
  bestGap(first: number, last: number): { line: number; logOdds: number } | null {
    for (let r = 0; r < this.runs.length; r++) {
      const lines = this.lines[r] as number[];
      const s = lines.findIndex((l) => l >= first);
      if (s < 0 || (lines[s] as number) > last) continue;
      let e = s;
      while (e + 1 < lines.length && (lines[e + 1] as number) <= last) e++;
      const run = this.runs[r] as LabeledRun;
      const context = this.contextOf(run);
      let best: { line: number; logOdds: number } | null = null;
      for (let g = s + EDGE; g <= e - EDGE + 1; g++) {
        const score = decoderGapScore(context, run.table, run.body, g, Number.NEGATIVE_INFINITY, s);
        const logOdds = calibrated(decoderGapModel(context), score);
        if (best === null || logOdds > best.logOdds) best = { line: lines[g] as number, logOdds };
      }
      return best;
    }
    return null;
  }
  private contextOf(run: LabeledRun): LeftContext {
    const known = this.contexts.get(run);
    if (known !== undefined) return known;
    const context = new LeftContext(run.table);
    context.reset(run.body);
    this.contexts.set(run, context);
    return context;
  }
}

function ratioBucket(x: number): string {
  return x < 1 ? "< 1" : x < 1.5 ? "1-1.5" : x < 2 ? "1.5-2" : x < 3 ? "2-3" : ">= 3";
}

function lengthBucket(n: number): string {
  return n <= 5 ? "01-5" : n <= 12 ? "06-12" : n <= 20 ? "13-20" : n <= 40 ? "21-40" : "41+";
}

function oddsBucket(x: number): string {
  const edges = [-2, -1.5, -1, -0.5, 0, 1];
  const at = edges.findIndex((e) => x < e);
  return at < 0 ? ">= 1" : at === 0 ? "< -2" : `${edges[at - 1]} to ${edges[at]}`;
}

main();
