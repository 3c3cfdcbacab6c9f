import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { endsWithPictureCredit, isByline, isContributorLine } from "../line-kinds.js";
import { repairMojibake } from "../mojibake.js";
import { isPageDebris, isPictureCredit } from "../page-debris.js";
import type { Paragraph } from "../paragraphs.js";
import { parseDump } from "../parse-dump.js";
import type { FeatureTable } from "../text-features.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { EVAL_ROWS } from "./corpus-dumps.js";
import { headlineOutcome } from "./headline-outcome.js";
import { type SegmentedDump, segmentedDumps } from "./segmented-dumps.js";
import type { Story } from "./true-stories.js";

/**
 * `node dist-tools/corpus/headline-misses.js [fold] [detail]`: the articles whose span is found
 * exactly but whose headline is wrong, on one fold's dumps in every layout and briefs, each given
 * one class: a headless story given one of its lines as headline (which line, its shape, how its
 * start was judged), a headline left in the body (its shape, whether taken as kicker), another
 * line taken (the line under the title, a part of the title, the same text spelt otherwise).
 * With `detail`, each class is split by the start's kind and the line's shape. Shapes and counts
 * only: no corpus text is printed.
 */
function main(): void {
  const corpus = corpusOrExplain("headline-miss analysis", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const detail = process.argv[3] === "detail";
  // A listing for reading by hand, written outside the repository when a path is given.
  const listing = process.argv[4];
  const listed: string[] = [];
  const rows = EVAL_ROWS;
  console.log(`wrong headlines on exact spans, fold ${fold}`);
  for (const { name, layout, briefs } of rows) {
    const kinds = new Map<string, number>();
    let exactSpans = 0;
    let total = 0;
    for (const dump of segmentedDumps(corpus, fold, briefs, layout)) {
      const tally = classifyDump(dump, detail, listing ? listed : null);
      exactSpans += tally.exactSpans;
      for (const k of tally.wrong) {
        kinds.set(k, (kinds.get(k) ?? 0) + 1);
        total++;
      }
    }
    console.log(
      `\n== ${name}: ${exactSpans} exact spans; ${total} found starts with a wrong headline`,
    );
    for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
      console.log(`  ${String(n).padStart(5)}  ${kind}`);
  }
  if (listing) writeFileSync(listing, listed.join("\n\n"));
}

function classifyDump(
  { text, truth, paragraphs, table, spans, stories }: SegmentedDump,
  detail: boolean,
  listed: string[] | null,
): { exactSpans: number; wrong: string[] } {
  const spanAt = new Map(spans.map((s) => [s.first, s]));
  const found = new Map(parseDump(text).articles.map((a) => [a.startLine, a]));
  const wrong: string[] = [];
  let exactSpans = 0;
  truth.forEach((t, i) => {
    const a = found.get(t.startLine);
    if (a === undefined) return;
    // exact-misses.ts counts a wrong headline before a wrong end: both are listed, apart.
    const endOff = a.endLine !== t.endLine ? "end off too: " : "";
    if (endOff === "") exactSpans++;
    const outcome = headlineOutcome(t.headline, a);
    if (outcome === "right") return;
    const story = stories[i] as Story;
    const span = spanAt.get(story.first);
    const how = span === undefined ? "span not in segmentText" : startKind(span, i);
    const shape = (p: number | null) =>
      p === null ? "none" : shapeOf((paragraphs[p] as Paragraph).text, table, p);
    let kind: string;
    let more = "";
    // A headless story's only wrong outcome is a line where none stood.
    if (t.headline === null) {
      const h = span?.headline ?? null;
      const at = h === story.first ? "its first paragraph" : `paragraph +${(h ?? 0) - story.first}`;
      kind = `headless story given ${at}`;
      more = `${shape(h)}; next ${shape(h === null ? null : h + 1)}`;
    } else if (outcome === "missing") {
      const kicker = span?.kicker === story.first ? ", taken as kicker" : "";
      const dek = span?.dek === story.first ? ", taken as dek" : "";
      kind = `headline left in the body, derived${kicker}${dek}`;
      more = titleShape(t.headline);
    } else {
      kind = `another line: ${otherLine(a.headline, t.headline, span, story)}`;
      more = `${shape(span?.headline ?? null)}; title ${titleShape(t.headline)}`;
    }
    wrong.push(detail ? `${endOff}${kind} | ${how} | ${more}` : `${endOff}${kind} | ${how}`);
    if (listed === null) return;
    const lines = [`## ${endOff}${kind} | ${how} | ${more}`, `title: ${t.headline ?? "(none)"}`];
    lines.push(`taken: ${a.headlineSource} ${a.headline}`);
    for (let p = Math.max(0, story.first - 2); p <= Math.min(story.last, story.first + 3); p++)
      lines.push(`[${p - story.first}] ${(paragraphs[p] as Paragraph).text.slice(0, 200)}`);
    listed.push(lines.join("\n"));
  });
  return { exactSpans, wrong };
}

function startKind(span: ArticleSpan, i: number): string {
  if (i === 0) return "dump's first";
  const kind = span.start?.kind ?? "hard break";
  if (kind !== "gap") return kind;
  return span.reach !== undefined ? "decoded cut" : "gap by gap";
}

const FOLD = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();

/** How the headline taken relates to the true one. */
function otherLine(
  taken: string,
  title: string,
  span: ArticleSpan | undefined,
  story: Story,
): string {
  if (repairMojibake(title) === taken) return "the title, its mojibake repaired";
  if (FOLD(taken) === FOLD(title)) return "the title spelt otherwise";
  if (FOLD(title).startsWith(FOLD(taken))) return "the title's first part";
  if (FOLD(title).includes(FOLD(taken))) return "a part of the title";
  if (FOLD(taken).includes(FOLD(title))) return "the title with more";
  const h = span?.headline ?? null;
  const kicker = span?.kicker === story.first ? " (title as kicker)" : "";
  if (h === null) return `unknown${kicker}`;
  return `paragraph +${h - story.first}${kicker}`;
}

const STOP = /[.!?]["”’)]*$/u;

/** The shape of a true title: its length, how it ends, capitals, inner stops, a colon. */
function titleShape(title: string): string {
  const words = title.split(/\s+/).filter(Boolean).length;
  const size =
    words <= 2 ? "1-2" : words <= 4 ? "3-4" : words <= 7 ? "5-7" : words <= 12 ? "8-12" : "13+";
  const marks: string[] = [];
  if (/\?["”’]?$/u.test(title)) marks.push("question");
  else if (STOP.test(title)) marks.push("ends with stop");
  if (/[.!?]["”’)]?\s+\S/u.test(title)) marks.push("inner stop");
  if (/:\s/u.test(title)) marks.push("colon");
  if (title === title.toUpperCase() && /\p{Lu}/u.test(title)) marks.push("capitals");
  if (/^["“‘]/u.test(title)) marks.push("quoted");
  return `${size} words${marks.length > 0 ? `, ${marks.join(", ")}` : ""}`;
}

function shapeOf(raw: string, table: FeatureTable, p: number): string {
  const text = raw.trim();
  if (isByline(text)) return "byline";
  if (isContributorLine(text)) return "contributor line";
  if (isPictureCredit(text)) return "picture credit";
  if (endsWithPictureCredit(text)) return "caption with credit";
  if (isPageDebris(text)) return "debris";
  const title = table.paragraphs[p]?.headlineLike ? "title-like" : "not title-like";
  return `${titleShape(text)}, ${title}`;
}

main();
