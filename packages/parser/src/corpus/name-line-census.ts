import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import type { Paragraph } from "../paragraphs.js";
import { isPersonNameLine } from "../person-name-line.js";
import { corpusOrExplain } from "./corpus-articles.js";
import { EVAL_ROWS } from "./corpus-dumps.js";
import { LabelCounts, type SegmentedDump, segmentedDumps } from "./segmented-dumps.js";
import type { Story } from "./true-stories.js";

/**
 * `node dist-tools/corpus/name-line-census.js [fold] [listing]`: the headline and boundary errors
 * on one fold's dumps (every layout and briefs) that involve a line shaped like a bare name: a
 * short line of two to four capitalized words and nothing else, perhaps with a role or an outlet
 * after a comma or bar ("loose"), and of those the ones `isPersonNameLine` reads as a name
 * ("name"). Counted: a wrong headline at a true start taken from such a line, a false start
 * whose head is such a line, a missed true start with a found one within two paragraphs at such
 * a line. Counts only; with `listing`, the lines around each are written there for reading.
 */
function main(): void {
  const corpus = corpusOrExplain("name-line census", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? 2);
  const listing = process.argv[3];
  const listed: string[] = [];
  const rows = EVAL_ROWS;
  console.log(`errors at bare name lines, fold ${fold}`);
  for (const { name, layout, briefs } of rows) {
    const counts = new LabelCounts();
    for (const dump of segmentedDumps(corpus, fold, briefs, layout))
      censusOfDump(dump, counts, listing ? listed : null);
    counts.print(`\n== ${name}`);
  }
  if (listing) writeFileSync(listing, listed.join("\n\n"));
}

// A short line of capitalized words, perhaps with a tail after a comma or a bar.
const LOOSE_NAME =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|da|di|du|del|la|le|al|bin)(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|de|van|von|der|da|di|du|del|la|le|al|bin)){1,4}(?:(?:,| [|•·–—-]) [^.!?]{1,60})?$/u;

function shapeOf(text: string): "name" | "loose" | null {
  const t = text.trim();
  if (isPersonNameLine(t)) return "name";
  if (/\d/.test(t) || t.length > 80) return null;
  return LOOSE_NAME.test(t) ? "loose" : null;
}

function censusOfDump(
  { paragraphs, spans, stories, trueStarts }: SegmentedDump,
  counts: LabelCounts,
  listed: string[] | null,
): void {
  const textAt = (p: number | null) =>
    p === null ? null : ((paragraphs[p] as Paragraph | undefined)?.text ?? null);
  const shapeAt = (p: number | null) => {
    const t = textAt(p);
    return t === null ? null : shapeOf(t);
  };
  const spanAt = new Map(spans.map((s) => [s.first, s]));
  const storyAt = new Map(stories.map((s) => [s.first, s]));
  const list = (label: string, around: number) => {
    if (listed === null) return;
    const lines = [`## ${label}`];
    for (let p = Math.max(0, around - 2); p <= Math.min(paragraphs.length - 1, around + 3); p++) {
      const mark = trueStarts.has(p) ? "T" : " ";
      const found = spanAt.has(p) ? "F" : " ";
      lines.push(`${mark}${found} [${p - around}] ${(textAt(p) ?? "").slice(0, 160)}`);
    }
    listed.push(lines.join("\n"));
  };
  for (const span of spans) {
    const story = storyAt.get(span.first);
    const headShape = shapeAt(span.headline);
    const kickerShape = shapeAt(span.kicker);
    if (story !== undefined) {
      const wrong = headlineWrong(span, story, paragraphs);
      if (wrong) counts.add("(all) wrong headlines at true starts");
      if (wrong && headShape !== null) {
        counts.add(`wrong headline at a true start, taken from a ${headShape} line`);
        list(`wrong headline, ${headShape}`, span.first);
      } else if (wrong && kickerShape !== null) {
        counts.add(`wrong headline at a true start, ${kickerShape} line as kicker`);
        list(`wrong headline, kicker ${kickerShape}`, span.first);
      }
      continue;
    }
    counts.add("(all) false starts");
    const firstShape = shapeAt(span.first);
    const shape = headShape ?? kickerShape ?? firstShape;
    if (shape !== null) {
      counts.add(`false start at a ${shape} line`);
      list(`false start, ${shape}`, span.first);
    }
  }
  for (const story of stories) {
    if (spanAt.has(story.first)) continue;
    counts.add("(all) missed starts");
    for (let p = story.first - 2; p <= story.first + 2; p++) {
      const near = spanAt.get(p);
      if (near === undefined) continue;
      const shape = shapeAt(near.headline) ?? shapeAt(near.kicker) ?? shapeAt(near.first);
      if (shape !== null) {
        counts.add(`missed start, found ${p - story.first} at a ${shape} line`);
        list(`missed start, found ${p - story.first}, ${shape}`, story.first);
      }
    }
  }
}

/** The span's headline is not the story's: another line, or a line where it had none. */
function headlineWrong(span: ArticleSpan, story: Story, paragraphs: readonly Paragraph[]): boolean {
  const headed = story.body > story.first && !/^By\s/.test(paragraphs[story.first]?.text ?? "");
  if (!headed) return span.headline !== null;
  return span.headline !== story.first;
}

main();
