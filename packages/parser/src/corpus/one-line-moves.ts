import type { ArticleSpan } from "../article-span.js";
import { bodyStart } from "../credits-above.js";
import { lineEcho } from "../head-evidence.js";
import { prose } from "../headline-above.js";
import type { Paragraph } from "../paragraphs.js";
import { corpusOrExplain } from "./corpus-articles.js";
import { paragraphRole } from "./paragraph-roles.js";
import { type MoveTruth, moveTruth, segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/one-line-moves.js folds [briefs|lines [label]]` (after `npm run tools`; folds with
 * commas, "2,3,4" unless told): a screen for rules that move a found start by one paragraph.
 * For each found start after the first, by how it was judged and by the role of the paragraph
 * that would cross (paragraph-roles.ts): moved up over the story above's last paragraph (the
 * story above keeping a paragraph of its body), how often that paragraph opens a true article
 * (a gain) against how often the start found does (a loss); moved down past its own first
 * paragraph, likewise. Sorted by gains less losses. Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("one-line moves", true);
  if (corpus === null) return;
  const folds = (process.argv[2] ?? "2,3,4").split(",").map(Number);
  const briefs = process.argv[3] === "briefs";
  // With a label as third argument, the dumps (by number within their fold) where that move gains
  // or loses: dumps are composed one outlet at a time, so nearby numbers are one outlet's.
  const focus = process.argv[4];
  const where: string[] = [];
  const tally = new Map<string, { gain: number; loss: number; neither: number }>();
  const count = (label: string, truth: MoveTruth) => {
    const t = tally.get(label) ?? { gain: 0, loss: 0, neither: 0 };
    t[truth]++;
    tally.set(label, t);
    if (label === focus && truth !== "neither") where.push(`${truth} fold ${fold} dump ${n}`);
  };
  let fold = 0;
  let n = 0;
  for (fold of folds) {
    n = 0;
    for (const { paragraphs, table, spans, trueStarts: starts } of segmentedDumps(
      corpus,
      fold,
      briefs,
    )) {
      n++;
      const truth = (to: number, from: number) => moveTruth(starts, to, from);
      const roleOf = (p: number) => paragraphRole((paragraphs[p] as Paragraph).text, table, p);
      for (let i = 1; i < spans.length; i++) {
        const span = spans[i] as ArticleSpan;
        const above = spans[i - 1] as ArticleSpan;
        const kind = span.start?.kind ?? "hard break";
        const up = span.first - 1;
        if (up > bodyStart(above)) {
          const t = truth(up, span.first);
          count(`up over ${roleOf(up)} | ${kind}`, t);
          count(`up over ${roleOf(up)} | any`, t);
          if (table.paragraphs[up]?.headlineLike) {
            // Where the line's words come back: in the prose under it or in the story above.
            const text = (paragraphs[up] as Paragraph).text;
            const under = lineEcho(text, prose(paragraphs, table, span.first, 1, span.last));
            const over = lineEcho(text, prose(paragraphs, table, up - 1, -1, above.first));
            const echo = `under ${band(under)}, above ${band(over)}${under > over ? ", under more" : ""}`;
            count(`up over a title-like line | ${kind} | echo ${echo}`, t);
            count(
              `up over a title-like line | ${kind} | ${under > over ? "under more" : "above as much or more"}`,
              t,
            );
          }
        }
        const down = span.first + 1;
        if (down <= span.last) {
          const t = truth(down, span.first);
          const headed = span.headline === span.first ? "headed" : "not headed";
          count(`down past ${roleOf(span.first)} (${headed}) | ${kind}`, t);
          count(`down past ${roleOf(span.first)} (${headed}) | any`, t);
        }
      }
    }
  }
  if (focus !== undefined) console.log(where.join("\n"));
  console.log(
    `one-paragraph moves of found starts, folds ${folds.join(",")}${briefs ? " briefs" : ""}:`,
  );
  console.log("   gain   loss neither  move over role | start kind");
  const rows = [...tally].filter(([, t]) => t.gain >= (focus === "all" ? 0 : 2));
  rows.sort((a, b) => b[1].gain - b[1].loss - (a[1].gain - a[1].loss));
  for (const [label, t] of rows)
    console.log(
      `  ${String(t.gain).padStart(5)}  ${String(t.loss).padStart(5)}  ${String(t.neither).padStart(6)}  ${label}`,
    );
}

function band(echo: number): string {
  return echo === 0 ? "0" : echo < 0.3 ? "<0.3" : ">=0.3";
}

main();
