import type { ArticleSpan } from "../article-span.js";
import { bodyStart } from "../credits-above.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { articlesOfFold, corpusOrExplain } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";

/**
 * `node dist-tools/corpus/late-prose-counts.js fold` (after `npm run tools`): each start found by
 * its gap with a paragraph of prose right above it in the story above's body, by whether that
 * paragraph (the start one late), the start found, or neither opens a true article, and by how
 * the lede- and ending-likeness of the paragraphs either side compare. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("late prose counts", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? 2);
  const counts = new Map<string, number>();
  const count = (label: string) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const dump of corpusDumps(articlesOfFold(corpus, fold), { layout: "lines", seed: 1 })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const { table, spans } = segmentText(paragraphs);
    const starts = new Set(trueStories(paragraphs, dump.truth).map((s) => s.first));
    for (let i = 1; i < spans.length; i++) {
      const span = spans[i] as ArticleSpan;
      if (span.start?.kind !== "gap") continue;
      const p = span.first - 1;
      const f = table.paragraphs[p];
      if (f?.kind !== "text" || f.headlineLike || p <= bodyStart(spans[i - 1] as ArticleSpan))
        continue;
      const truth = starts.has(p) ? "one late" : starts.has(span.first) ? "right" : "neither";
      const at = table.lexical(span.first);
      const line = table.lexical(p);
      const prior = table.lexical(p - 1);
      const ledeMore = line.ledeLike > at.ledeLike;
      const endsBefore = prior.endingLike > line.endingLike;
      count(`${truth} | all`);
      if (ledeMore) count(`${truth} | R1 above more lede-like`);
      if (ledeMore && endsBefore) count(`${truth} | R2 R1 + the one before more ending-like`);
      if (ledeMore && endsBefore && line.ledeLike >= 0.75)
        count(`${truth} | R3 R2 + above lede-like 0.75`);
      if (line.ledeLike >= 0.75 && at.ledeLike < 0.25)
        count(`${truth} | R4 above >= 0.75, found < 0.25`);
      if (
        prior.endingLike >= 0.5 &&
        line.ledeLike >= 0.5 &&
        at.endingLike >= 0.5 &&
        at.ledeLike < 0.5
      )
        count(`${truth} | R5 ending, lede, then a non-lede`);
    }
  }
  console.log(`gap starts with prose right above, fold ${fold}:`);
  for (const [label, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    console.log(`  ${String(n).padStart(5)}  ${label}`);
}

main();
