/** How many content words of headline + lede an article is compared on. */
export const LEDE_WINDOW_WORDS = 120;

const STOP_WORDS = new Set(
  (
    "a an the and or but of to in on at for from by with as is are was were be been has have had " +
    "that this these those it its their his her he she they them we you not no said says say " +
    "would will could about after before over into than then there which who whom whose what " +
    "when where while also more most some any all one two three new mr ms mrs dr monday tuesday " +
    "wednesday thursday friday saturday sunday week year last first"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * The distinct content words (lower-cased, crude singular, no possessive) of the headline and
 * the leading paragraphs, up to `LEDE_WINDOW_WORDS` of them: the words two reports of the
 * same event share.
 */
export function ledeTerms(
  article: { headline: string; paragraphs: readonly string[] },
  windowWords = LEDE_WINDOW_WORDS,
): Set<string> {
  const terms = new Set<string>();
  let counted = 0;
  for (const text of [article.headline, ...article.paragraphs]) {
    for (const match of text.matchAll(WORD)) {
      const term = normalizeWord(match[0]);
      if (term.length < 3 || STOP_WORDS.has(term)) continue;
      terms.add(term);
      if (++counted >= windowWords) return terms;
    }
  }
  return terms;
}

function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/ies$/, "y")
    .replace(/([^s])s$/, "$1");
}
