import { dumpCauses } from "./article-causes.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { EVAL_ROWS } from "./corpus-dumps.js";
import { LabelCounts, segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/edge-census.js [fold]` (after `npm run tools`): of the true articles
 * found at their start that are not exact, those that no missed or false start touches (the
 * next start found too, right or one or two paragraphs off): pure edge and headline errors, by
 * family. A furniture line on the wrong side (the next story's headline, a picture line, a
 * closing or opening line, a note on the story), page debris on the wrong side, story text on
 * the wrong side (a first or last paragraph), the headline wrong on a right span. Counts only;
 * the finer causes are `found-not-exact.js`'s.
 */
function main(): void {
  const corpus = corpusOrExplain("edge census", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const rows = EVAL_ROWS;
  for (const row of rows) {
    const families = new LabelCounts();
    const fine = new LabelCounts();
    let pure = 0;
    for (const dump of segmentedDumps(corpus, fold, row.briefs, row.layout)) {
      for (const cause of dumpCauses(dump)) {
        if (cause === null) continue;
        const family = edgeFamily(cause.coarse);
        if (family === null) continue;
        pure++;
        families.add(family);
        fine.add(`${family} | ${cause.coarse} | ${cause.fine}`);
      }
    }
    console.log(`\n== fold ${fold}, ${row.name}: ${pure} pure edge or headline errors`);
    families.print("  -- by family");
    fine.print("  -- by family and cause");
  }
}

/** The census family of a found-not-exact cause; null where a start was missed or made up. */
export function edgeFamily(coarse: string): string | null {
  if (coarse === "headline wrong") return "headline wrong";
  const moved = /^next start \d (early|late): (.*)$/u.exec(coarse);
  if (moved === null) return null;
  const what = moved[2] as string;
  if (what === "page debris") return `debris on the wrong side (${moved[1]})`;
  if (what.startsWith("prose")) return `story text on the wrong side (${moved[1]})`;
  return `furniture on the wrong side (${moved[1]})`;
}

main();
