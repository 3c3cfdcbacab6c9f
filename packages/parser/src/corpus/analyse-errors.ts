import { parseDump } from "../parse-dump.js";
import type { Article } from "../types.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { headlineOutcome } from "./headline-outcome.js";

// A found start this many lines from a missed true one is the same start misplaced.
const NEAR = 3;

/**
 * `npm run errors -w @newsdesk/parser [-- fold]`: the parser's mistakes on dumps composed from
 * one fold of the outlets (the validation fold unless told), counted by kind per layout, so the
 * largest class is fixed first. Never run on the held-out fold to choose anything.
 */
function main(): void {
  const corpus = corpusOrExplain("error analysis", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  console.log(`errors on fold ${fold}: ${articles.length} articles`);
  for (const layout of CORPUS_LAYOUTS) {
    const counts = new Map<string, number>();
    let truths = 0;
    for (const dump of corpusDumps(articles, { layout, seed: 1 })) {
      const lines = dump.text.split("\n");
      const found = parseDump(dump.text).articles;
      truths += dump.truth.length;
      for (const kind of classify(found, dump.truth, lines))
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    console.log(`\n${layout}: ${truths} true articles`);
    for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(n).padStart(5)}  ${kind}`);
  }
}

interface Truth {
  startLine: number;
  endLine: number;
  headline: string | null;
}

function words(line: string | undefined): number {
  return (line ?? "").split(/\s+/).filter(Boolean).length;
}

/** One label per mistake (a found article may carry several). */
function classify(found: readonly Article[], truth: readonly Truth[], lines: string[]): string[] {
  const kinds: string[] = [];
  const trueStarts = new Map(truth.map((t) => [t.startLine, t]));
  const foundStarts = new Set(found.map((a) => a.startLine));
  const missed = truth.filter((t) => !foundStarts.has(t.startLine));
  const explained = new Set<number>();
  for (const a of found) {
    const t = trueStarts.get(a.startLine);
    if (t === undefined) {
      const near = missed.find((m) => Math.abs(m.startLine - a.startLine) <= NEAR);
      if (near) {
        explained.add(near.startLine);
        const late = a.startLine > near.startLine;
        const was = near.headline === null ? "headless" : "headed";
        kinds.push(
          `start misplaced ${late ? "late" : "early"} (${was}, found ${a.headlineSource})`,
        );
        continue;
      }
      const first = lines[a.startLine - 1];
      const short = words(first) < 12;
      if (a.headlineSource === "dump") kinds.push("false start: in-article line taken as headline");
      else kinds.push(`false headless start (${short ? "short line: debris?" : "body paragraph"})`);
      continue;
    }
    const outcome = headlineOutcome(t.headline, a);
    if (outcome !== "right") {
      if (outcome === "line where none")
        kinds.push("headline misjudged: headless start given a dump line");
      else if (outcome === "missing")
        kinds.push("headline misjudged: true headline not taken (derived)");
      else kinds.push("headline misjudged: another line taken (kicker/dek/byline?)");
    } else if (a.endLine !== t.endLine) {
      kinds.push(endWrong(a, t, found, truth, lines));
    }
  }
  for (const m of missed) {
    if (explained.has(m.startLine)) continue;
    if (m.headline !== null) {
      kinds.push(`missed headed start (${words(m.headline) <= 6 ? "short" : "long"} headline)`);
    } else kinds.push("missed headless start");
  }
  return kinds;
}

main();

/**
 * Why an article found at its true start with the right headline ends elsewhere: which found
 * start cut it short (a line taken as a headline, a headless start, on a short line or prose),
 * or which true start it ran past (headed or headless), or only debris lines off.
 */
function endWrong(
  a: Article,
  t: Truth,
  found: readonly Article[],
  truth: readonly Truth[],
  lines: string[],
): string {
  if (a.endLine < t.endLine) {
    const cut = found.find((b) => b.startLine > a.endLine);
    if (cut === undefined || cut.startLine > t.endLine)
      return "end early: lines dropped at the end";
    if (cut.headlineSource === "dump") return "end early: an in-article line taken as headline";
    return `end early: a headless start inside (${words(lines[cut.startLine - 1]) < 12 ? "short line" : "prose"})`;
  }
  const next = truth.find((u) => u.startLine > t.endLine);
  if (next === undefined || next.startLine > a.endLine) return "end late: lines past the end taken";
  return `end late: next start missed (${next.headline === null ? "headless" : "headed"})`;
}
