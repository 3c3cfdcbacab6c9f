import { closingLineKind } from "../closing-lines.js";
import { endsWithPictureCredit } from "../line-kinds.js";
import { isPictureCredit } from "../page-debris.js";
import { countWords } from "../words.js";
import {
  corpusOrExplain,
  FOLDS,
  foldOf,
  HELD_OUT_FOLD,
  VALIDATION_FOLD,
} from "./corpus-articles.js";

/**
 * `node dist-tools/corpus/closing-line-counts.js` (after `npm run tools`): where the closing
 * lines of `closing-lines.ts` stand in the training outlets' articles (folds other than the
 * held-out and validation ones): as the title, the first, second or last paragraph, the two
 * before the last, or elsewhere. The counts quoted in `closing-lines.ts` come from here, and
 * those of picture lines (a bare credit, a caption of 45 words or fewer ending with its credit)
 * quoted in `credits-above.ts`.
 */
function main(): void {
  const corpus = corpusOrExplain("closing-line counts", true);
  if (corpus === null) return;
  const counts = new Map<string, Map<string, number>>();
  const add = (kind: string | null, where: string) => {
    if (kind === null) return;
    const row = counts.get(kind) ?? new Map<string, number>();
    row.set(where, (row.get(where) ?? 0) + 1);
    counts.set(kind, row);
  };
  for (const article of corpus) {
    const fold = foldOf(article.source);
    if (fold === HELD_OUT_FOLD || fold === VALIDATION_FOLD) continue;
    add(closingLineKind(article.title), "title");
    const n = article.paragraphs.length;
    article.paragraphs.forEach((text, i) => {
      const where =
        i === 0
          ? "first"
          : i === n - 1
            ? "last"
            : i === 1
              ? "second"
              : i >= n - 3
                ? "last 2-3"
                : "middle";
      add(closingLineKind(text), where);
      if (isPictureCredit(text)) add("picture credit", where);
      else if (countWords(text) <= 45 && endsWithPictureCredit(text)) add("caption", where);
    });
  }
  console.log(`closing lines on the training outlets (${FOLDS - 2} folds): where they stand`);
  for (const [kind, row] of counts)
    console.log(
      `  ${kind.padEnd(16)} ${["title", "first", "second", "middle", "last 2-3", "last"].map((w) => `${w} ${row.get(w) ?? 0}`).join(", ")}`,
    );
}

main();
