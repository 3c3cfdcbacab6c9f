import { writeFileSync } from "node:fs";
import type { Paragraph } from "../paragraphs.js";
import { dumpCauses } from "./article-causes.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { EVAL_ROWS } from "./corpus-dumps.js";
import { LabelCounts, segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/found-not-exact.js [fold] [lines|blank|wrapped|briefs|all] [listing]`
 * (after `npm run tools`): the census of the true articles whose start was found and that are
 * still not exact, each given one cause (its end first, as the end decides more of them):
 *
 * - the end late because the next true start was missed (the story below merged in);
 * - the end early because a false start split the story (where, how the start was judged);
 * - the end one or two paragraphs off because the next start was found one or two off, by what
 *   crossed: the story's closing lines (a contact, sign-off, prompt or link, a contributor line,
 *   a "Label: ..." line), a picture's caption or credit, page debris, the next story's headline
 *   or opening note, prose and short lines;
 * - the headline wrong on a right span (a headless story given a line, the headline left in the
 *   body, another line taken).
 *
 * Counts per layout, the coarse cause and the finer one; with a path, a listing of the cases
 * for reading by hand (outside the repository). The exact count is the eval's.
 */
function main(): void {
  const corpus = corpusOrExplain("found-not-exact census", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const which = process.argv[3] ?? "all";
  const listing = process.argv[4];
  const rows = EVAL_ROWS;
  const listed: string[] = [];
  for (const row of rows.filter((r) => which === "all" || r.name === which)) {
    const coarse = new LabelCounts();
    const fine = new LabelCounts();
    let truths = 0;
    let found = 0;
    let exact = 0;
    for (const dump of segmentedDumps(corpus, fold, row.briefs, row.layout)) {
      for (const c of dumpCauses(dump)) {
        truths++;
        if (c === null) continue;
        found++;
        if (c.coarse === "exact") {
          exact++;
          continue;
        }
        coarse.add(c.coarse);
        fine.add(`${c.coarse} | ${c.fine}`);
        if (listing && row.name === (which === "all" ? "lines" : which))
          listed.push(entry(`${c.coarse} | ${c.fine}`, dump.paragraphs, c.from, c.to, c.marks));
      }
    }
    console.log(
      `\n== fold ${fold}, ${row.name}: ${truths} true articles, ${found} found at their start, ${exact} exact (${(exact / truths).toFixed(3)}), ${found - exact} found but not exact`,
    );
    coarse.print("  -- by cause");
    fine.print("  -- by cause and what crossed");
  }
  if (listing) writeFileSync(listing, listed.join("\n\n"));
}

/** Paragraphs from..to with their index, T at true starts and F at the found next start. */
function entry(
  title: string,
  paragraphs: readonly Paragraph[],
  from: number,
  to: number,
  marks: ReadonlyMap<number, string>,
): string {
  const lines = [`## ${title}`];
  for (let p = Math.max(0, from); p <= Math.min(paragraphs.length - 1, to); p++)
    lines.push(
      `${(marks.get(p) ?? "").padEnd(2)} [${p}] ${(paragraphs[p] as Paragraph).text.slice(0, 160)}`,
    );
  return lines.join("\n");
}

main();
