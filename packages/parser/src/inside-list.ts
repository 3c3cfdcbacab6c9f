import type { FeatureTable } from "./text-features.js";

// Most words of a bulleted item read as a list's line ("- Access to schools, 63 percent;"); a
// longer paragraph after a dash may be a brief of a newsletter's digest, each its own story.
const BULLET_ITEM_WORDS = 25;
const NUMBERED = /^(\d{1,2})[.)]\s/;
const BULLET = /^(--|[•·*–—-])\s?/;
const LIST_OPENING = /[0-9•·*–—-]/;

/**
 * Whether paragraph `at` goes on with a list the text paragraph above it began: the two are
 * numbered one after the other ("1. ...", then "2. ..."), or both open with the same bullet and
 * are short. A story that lists points, poll figures or links is not cut between two of its
 * items, by the decoder or by a parting at a weak gap. On folds 2-3 (main's files, one a line)
 * three such cuts stood, every one false (docs/tried.md, "False starts: a census by evidence and
 * shape").
 */
export function insideList(table: FeatureTable, at: number): boolean {
  // Most paragraphs open on a letter or a quotation mark: one character rules them out.
  if (!LIST_OPENING.test(table.text(at).charAt(0))) return false;
  let above = at - 1;
  while (above >= 0 && table.paragraphs[above]?.kind !== "text") above--;
  if (above < 0) return false;
  const upper = table.text(above);
  const lower = table.text(at);
  const first = NUMBERED.exec(upper);
  if (first !== null) {
    const next = NUMBERED.exec(lower);
    return next !== null && Number(next[1]) === Number(first[1]) + 1;
  }
  const bullet = BULLET.exec(upper);
  if (bullet === null || !lower.startsWith(bullet[0])) return false;
  return table.words(above) <= BULLET_ITEM_WORDS && table.words(at) <= BULLET_ITEM_WORDS;
}
