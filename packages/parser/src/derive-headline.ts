import { datelineOf } from "./line-kinds.js";

export const MAX_DERIVED_HEADLINE = 90;

// Words a headline should not end on.
const DANGLING = new Set(
  "a an the and or but of to in on at for from with by as that which who whose its their his her our is are was were has have had will would could should than into over about after before during while".split(
    " ",
  ),
);
const ABBREVIATION_END =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Ms|Mrs|Dr|St|Gen|Lt|Col|Sgt|Sen|Rep|Gov|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$/u;

// Kept as constants: a regex literal makes a new object each time it runs. matchAll works on a
// copy of SENTENCE_END, so sharing it is safe.
const CLOSING_STOP = /[.!?]["”’]?$/u;
const ONLY_PUNCTUATION = /^[\s,;:—–-]*$/u;
const TRAILING_PUNCTUATION = /[,;:—–-]+$/u;
const NOT_LETTERS = /[^\p{L}]/gu;
const SENTENCE_END = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

/**
 * A headline for an article that came without one, written from its lede: the first sentence
 * without the dateline, cut back to a clause or a whole word so it fits in 90 characters.
 */
export function deriveHeadline(lede: string): string {
  const dateline = datelineOf(lede);
  let text = dateline ? lede.slice(dateline.length).trim() : lede.trim();
  text = capitalize(
    firstSentence(text).replace(CLOSING_STOP, (end) => (end.startsWith(".") ? "" : end)),
  );
  if (text.length <= MAX_DERIVED_HEADLINE) return text;
  const cut = text.slice(0, MAX_DERIVED_HEADLINE + 1);
  // Prefer ending at a clause boundary when it leaves a headline of some substance.
  const clause = Math.max(
    ...[", ", " — ", " – ", " - ", "; "].map((mark) => cut.lastIndexOf(mark)),
  );
  const kept = clause >= 45 ? cut.slice(0, clause) : cut.slice(0, cut.lastIndexOf(" "));
  const headline = trimDangling(kept.split(" "));
  return headline.length > 0 ? headline : text.slice(0, MAX_DERIVED_HEADLINE).trim();
}

/** Drops trailing punctuation and words a headline cannot end on ("of", "the", "–"), in turn. */
function trimDangling(words: string[]): string {
  let end = words.length;
  for (;;) {
    while (end > 0 && ONLY_PUNCTUATION.test(words[end - 1] as string)) end--;
    const last = (words[end - 1] ?? "").replace(TRAILING_PUNCTUATION, "");
    if (end > 3 && DANGLING.has(last.toLowerCase().replace(NOT_LETTERS, ""))) {
      end--;
      continue;
    }
    return [...words.slice(0, end - 1), last].join(" ").trim();
  }
}

/** The text up to the first full stop that is not an abbreviation's. */
export function firstSentence(text: string): string {
  for (const match of text.matchAll(SENTENCE_END)) {
    const upTo = text.slice(0, (match.index ?? 0) + 1);
    if (match[0].startsWith(".") && ABBREVIATION_END.test(upTo)) continue;
    return text.slice(0, (match.index ?? 0) + match[0].length);
  }
  return text;
}

/** Upper-cases the first letter, unless that would lengthen it ("ﬁ" -> "FI", "ß" -> "SS"). */
function capitalize(text: string): string {
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return upper.length === first.length ? upper + text.slice(1) : text;
}
