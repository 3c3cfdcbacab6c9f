import { isByline, isContributorLine } from "../line-kinds.js";
import { splitLines } from "../lines.js";
import { isPageDebris, isPictureCredit } from "../page-debris.js";
import { groupParagraphs } from "../paragraphs.js";
import { parseDump } from "../parse-dump.js";
import type { Article } from "../types.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps, EVAL_ROWS } from "./corpus-dumps.js";
import { headlineOutcome } from "./headline-outcome.js";

// A start this many paragraphs from the true one is that start moved, not made up or missed.
const NEAR = 2;

interface Truth {
  startLine: number;
  endLine: number;
  headline: string | null;
}

/**
 * `npm run exact-misses -w @newsdesk/parser [-- fold]`: why articles found at all are not found
 * exactly, on whole articles' dumps of one fold (the validation fold unless told). Each true
 * article that is not exact gets one class: its start or end moved by one or two paragraphs
 * (and what the paragraphs moved across look like), its start missed or its story split, its
 * headline wrong. A boundary moved by a paragraph costs two articles, the one above (end) and the
 * one below (start), so the boundary classes are counted once more by boundary. Shapes and
 * counts only: no corpus text is printed.
 */
function main(): void {
  const corpus = corpusOrExplain("exact-miss analysis", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  console.log(`articles not found exactly on fold ${fold}: ${articles.length} articles`);
  const rows = EVAL_ROWS;
  for (const { name, layout, briefs } of rows) {
    const articleKinds = new Map<string, number>();
    const boundaryKinds = new Map<string, number>();
    let truths = 0;
    let exact = 0;
    for (const dump of corpusDumps(articles, { layout, seed: 1, briefs })) {
      const tally = classifyDump(dump.text, dump.truth);
      truths += dump.truth.length;
      exact += tally.exact;
      for (const k of tally.articles) articleKinds.set(k, (articleKinds.get(k) ?? 0) + 1);
      for (const k of tally.boundaries) boundaryKinds.set(k, (boundaryKinds.get(k) ?? 0) + 1);
    }
    console.log(`\n== ${name}: ${truths} true articles, ${exact} exact`);
    print("articles not exact, by first reason", articleKinds);
    print("true boundaries after the first, by where the found one lies", boundaryKinds);
  }
}

function print(title: string, counts: Map<string, number>): void {
  console.log(`  -- ${title}`);
  for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(5)}  ${kind}`);
}

interface DumpTally {
  exact: number;
  articles: string[];
  boundaries: string[];
}

/** The classes of one dump's true articles and true boundaries. */
export function classifyDump(text: string, truth: readonly Truth[]): DumpTally {
  const paragraphs = groupParagraphs(splitLines(text));
  const lineCount = paragraphs.at(-1)?.endLine ?? 0;
  // Each line's paragraph; a blank line belongs to the paragraph after it.
  const paragraphOf = new Int32Array(lineCount + 2).fill(-1);
  let next = paragraphs.length;
  for (let line = lineCount; line >= 1; line--) {
    const p = paragraphs[next - 1];
    if (p !== undefined && p.startLine <= line) next--;
    paragraphOf[line] = Math.min(next, paragraphs.length - 1);
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p === undefined) continue;
    for (let line = p.startLine; line <= p.endLine; line++) paragraphOf[line] = i;
  }
  const found = parseDump(text).articles;
  const foundByStart = new Map(found.map((a) => [paragraphOf[a.startLine] as number, a]));
  const foundStarts = [...foundByStart.keys()].sort((a, b) => a - b);
  const trueStarts = truth.map((t) => paragraphOf[t.startLine] as number);
  const trueEnds = truth.map((t) => paragraphOf[t.endLine] as number);
  const shape = (p: number, i: number): string => {
    const t = truth[i];
    const para = paragraphs[p];
    if (t === undefined || para === undefined) return "?";
    if (p === trueStarts[i] && t.headline !== null) return "its headline";
    const lead = p === trueStarts[i] ? "its first paragraph" : p === trueEnds[i] ? "its last" : "";
    return `${lead ? `${lead}, ` : ""}${lineShape(para.text)}`;
  };
  // Where the found boundary lies for true start i: -k (k paragraphs early), +k, 0, or null.
  const moved = (i: number): number | null => {
    const s = trueStarts[i] as number;
    if (foundByStart.has(s)) return 0;
    let best: number | null = null;
    for (const f of foundStarts) {
      const d = f - s;
      if (Math.abs(d) > NEAR) continue;
      // A found start moved past the story above's start or the story below's is not this one's.
      if (f <= (trueStarts[i - 1] ?? -1) || f >= (trueStarts[i + 1] ?? Number.POSITIVE_INFINITY))
        continue;
      if (best === null || Math.abs(d) < Math.abs(best)) best = d;
    }
    return best;
  };
  const boundaries: string[] = [];
  const boundaryClass: (string | null)[] = truth.map(() => null);
  for (let i = 1; i < truth.length; i++) {
    const d = moved(i);
    const s = trueStarts[i] as number;
    const headed = truth[i]?.headline !== null ? "headed" : "headless";
    let kind: string;
    if (d === null) kind = `missed (${headed})`;
    else if (d === 0) continue;
    else if (d > 0) {
      const crossed = range(s, s + d).map((p) => shape(p, i));
      kind = `${d} late (${headed}): the story below's ${crossed.join(" + ")} went up`;
    } else {
      const crossed = range(s + d, s).map((p) => shape(p, i - 1));
      kind = `${-d} early (${headed}): the story above's ${crossed.join(" + ")} went down`;
    }
    boundaries.push(kind);
    boundaryClass[i] = kind;
  }
  const articles: string[] = [];
  let exact = 0;
  truth.forEach((t, i) => {
    const a = foundByStart.get(trueStarts[i] as number);
    const lastParagraph = trueEnds[i] as number;
    if (a !== undefined && headlineRight(a, t) && a.endLine === t.endLine) {
      exact++;
      return;
    }
    if (a === undefined) {
      // The dump's first article has no boundary above it: its start is never moved or missed.
      articles.push(`start ${boundaryClass[i] ?? "of the dump's first article not found"}`);
      return;
    }
    if (!headlineRight(a, t)) {
      articles.push(headlineWrong(a, t));
      return;
    }
    const end = paragraphOf[a.endLine] as number;
    if (end === lastParagraph) {
      articles.push("end within its last paragraph (lines)");
      return;
    }
    if (end < lastParagraph) {
      const b = boundaryClass[i + 1];
      if (b?.includes(" early ") && end >= lastParagraph - NEAR)
        articles.push(`end: next start ${b}`);
      else if (foundStarts.includes(end + 1) && end + 1 <= lastParagraph)
        articles.push(
          `end early: split ${splitWhere(end + 1 - (trueStarts[i] as number), lastParagraph - end)}`,
        );
      else articles.push("end early: lines dropped");
      return;
    }
    const b = boundaryClass[i + 1];
    if (b?.includes(" late ")) articles.push(`end: next start ${b}`);
    else if (b?.startsWith("missed")) articles.push(`end late: merged, next start ${b}`);
    else articles.push("end late: lines past the end");
  });
  return { exact, articles, boundaries };
}

function splitWhere(into: number, left: number): string {
  const bucket = (n: number) => (n <= 2 ? String(n) : n <= 5 ? "3-5" : "6+");
  return `${bucket(into)} paragraphs in, ${bucket(left)} left`;
}

function headlineRight(a: Article, t: Truth): boolean {
  return headlineOutcome(t.headline, a) === "right";
}

function headlineWrong(a: Article, t: Truth): string {
  const outcome = headlineOutcome(t.headline, a);
  if (outcome === "line where none") return "headline: headless start given a dump line";
  if (outcome === "missing") return "headline: true headline taken as body (derived)";
  return "headline: another line taken";
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let p = from; p < to; p++) out.push(p);
  return out;
}

const SENTENCE_END = /[.!?:;]["”’)]*$/u;

/** What a paragraph moved across a boundary looks like. */
export function lineShape(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (isByline(text)) return "byline";
  if (isContributorLine(text)) return "contributor line";
  if (isPictureCredit(text)) return "picture credit";
  if (isPageDebris(text)) return "debris";
  const ends = SENTENCE_END.test(text);
  if (words <= 12) return ends ? "short sentence (<=12 words)" : "short line, no stop (<=12 words)";
  if (words <= 25) return ends ? "sentence (13-25 words)" : "line, no stop (13-25 words)";
  return ends ? "prose" : "long, no stop";
}

main();
