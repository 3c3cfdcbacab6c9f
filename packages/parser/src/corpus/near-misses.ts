import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import type { FeatureTable } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { type CorpusLayout, corpusDumps } from "./corpus-dumps.js";
import { paragraphRole } from "./paragraph-roles.js";
import { type Story, trueStories } from "./true-stories.js";

// A found start this many paragraphs from the true one is that start moved.
const NEAR = 2;

/**
 * `npm run near-misses -w @newsdesk/parser [-- fold [layout|briefs [listing]]]`: the near misses among
 * the articles not found exactly (exact-misses.ts counts them), read closer. Each true start found
 * one or two paragraphs off: which side (early: the story above's last paragraphs went down;
 * late: the story below's first went up), how the found start was judged, and the role of each
 * paragraph that crossed (a byline, a caption with its credit, a picture's credit, a link to other
 * coverage, a contact or sign-off line, a question, a short title-like line, the story's own
 * headline, prose), with the lede- and ending-likeness of the paragraphs either side (the
 * listing marks the true start T and the one found F). Each start
 * found right but with the wrong headline: how it is wrong. Counts only on stdout; a listing for
 * reading by hand (outside the repository) when a path is given.
 */
function main(): void {
  const corpus = corpusOrExplain("near-miss analysis", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  // "briefs": one a line, each article cut to its first paragraphs (corpus-dumps.ts).
  const briefs = process.argv[3] === "briefs";
  const layout = (briefs ? "lines" : (process.argv[3] ?? "lines")) as CorpusLayout;
  const listing = process.argv[4];
  const articles = articlesOfFold(corpus, fold);
  const counts = new Map<string, number>();
  const listed: string[] = [];
  const count = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const dump of corpusDumps(articles, { layout, seed: 1, briefs })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const { table, spans } = segmentText(paragraphs);
    const stories = trueStories(paragraphs, dump.truth);
    const byFirst = new Map(spans.map((s) => [s.first, s]));
    for (let i = 1; i < stories.length; i++) {
      const story = stories[i] as Story;
      const headed = dump.truth[i]?.headline !== null;
      const found = byFirst.get(story.first);
      if (found !== undefined) {
        const wrong = headlineWrong(found, story, headed, paragraphs, table);
        if (wrong === null) continue;
        count(`headline: ${wrong}`);
        if (listing)
          listed.push(entry(`headline: ${wrong}`, paragraphs, story.first - 2, story.body + 2));
        continue;
      }
      const near = spans.find(
        (s) =>
          Math.abs(s.first - story.first) <= NEAR &&
          s.first > (stories[i - 1] as Story).first &&
          s.first < (stories[i + 1]?.first ?? Number.POSITIVE_INFINITY),
      );
      if (near === undefined) continue;
      const d = near.first - story.first;
      const crossed: string[] = [];
      for (let p = Math.min(near.first, story.first); p < Math.max(near.first, story.first); p++)
        crossed.push(role(p, story, headed, paragraphs, table));
      const side = d < 0 ? `${-d} early` : `${d} late`;
      const how = startKind(near);
      const label = `${side} (${headed ? "headed" : "headless"}): ${crossed.join(" + ")}`;
      count(`moved: ${label}`);
      count(`moved by side: ${side} (${headed ? "headed" : "headless"}), found by ${how}`);
      if (listing)
        listed.push(
          entry(
            `moved: ${label} [found by ${how}]`,
            paragraphs,
            story.first - 3,
            story.first + 3,
            table,
            { truth: story.first, found: near.first },
          ),
        );
    }
  }
  console.log(`near misses on fold ${fold}, ${briefs ? "briefs" : layout}:`);
  for (const [label, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    console.log(`  ${String(n).padStart(5)}  ${label}`);
  if (listing) writeFileSync(listing, listed.join("\n\n"));
}

function startKind(span: ArticleSpan): string {
  const kind = span.start?.kind ?? "hard break";
  if (kind !== "gap") return kind;
  const decoded = span.reach !== undefined ? "decoded cut" : "gap by gap";
  return span.headline !== null ? `${decoded}, headed` : decoded;
}

/** How the headline of a start found right is wrong, or null when it is right. */
function headlineWrong(
  span: ArticleSpan,
  story: Story,
  headed: boolean,
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
): string | null {
  const h = span.headline;
  if (!headed) {
    if (h === null) return null;
    const at = h === story.first ? "its first paragraph" : `paragraph +${h - story.first}`;
    return `headless story given ${at}: ${paragraphRole((paragraphs[h] as Paragraph).text, table, h)} (by ${startKind(span)})`;
  }
  if (h === story.first) return null;
  if (h === null) {
    const kicker = span.kicker === story.first ? ", it taken as kicker" : "";
    return `headline left in the body, derived${kicker} (by ${startKind(span)})`;
  }
  const under =
    h === story.first + 1 ? "the line under the headline" : `paragraph +${h - story.first}`;
  const kicker = span.kicker === story.first ? " (headline as kicker)" : "";
  return `another line taken: ${under}${kicker}, ${paragraphRole((paragraphs[h] as Paragraph).text, table, h)}`;
}

/** The role a paragraph that crossed a boundary plays, from its shape (never its words). */
function role(
  p: number,
  story: Story,
  headed: boolean,
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
): string {
  const where =
    p < story.first ? "above's" : headed && p === story.first ? "below's headline" : "below's";
  if (where === "below's headline") return where;
  return `${where} ${paragraphRole((paragraphs[p] as Paragraph).text, table, p)}`;
}

/** Paragraphs from..to, each with its index, shape and text, for reading by hand. */
function entry(
  title: string,
  paragraphs: readonly Paragraph[],
  from: number,
  to: number,
  table?: FeatureTable,
  marks?: { truth: number; found: number },
): string {
  const lines = [`## ${title}`];
  // T marks the true start, F the one found.
  const mark = (p: number) =>
    marks === undefined ? "" : `${p === marks.truth ? "T" : ""}${p === marks.found ? "F" : ""} `;
  for (let p = Math.max(0, from); p <= Math.min(paragraphs.length - 1, to); p++) {
    const like = table ? table.lexical(p) : null;
    const scores = like
      ? ` lede ${like.ledeLike.toFixed(2)} end ${like.endingLike.toFixed(2)}`
      : "";
    lines.push(`${mark(p)}[${p}]${scores} ${(paragraphs[p] as Paragraph).text.slice(0, 160)}`);
  }
  return lines.join("\n");
}

main();
