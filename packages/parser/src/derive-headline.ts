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

/**
 * A headline for an article that came without one, written from its lede: the first sentence
 * without the dateline, cut back to a clause or a whole word so it fits in 90 characters.
 */
export function deriveHeadline(lede: string): string {
  const dateline = datelineOf(lede);
  let text = dateline ? lede.slice(dateline.length).trim() : lede.trim();
  text = firstSentence(text).replace(/[.!?]["”’]?$/u, (end) => (end.startsWith(".") ? "" : end));
  if (text.length <= MAX_DERIVED_HEADLINE) return capitalize(text);
  const cut = text.slice(0, MAX_DERIVED_HEADLINE + 1);
  // Prefer ending at a clause boundary when it leaves a headline of some substance.
  const clause = Math.max(cut.lastIndexOf(", "), cut.lastIndexOf(" — "), cut.lastIndexOf("; "));
  let words = (clause >= 45 ? cut.slice(0, clause) : cut.slice(0, cut.lastIndexOf(" "))).split(" ");
  if (words.length === 0 || words.join(" ").length === 0)
    return capitalize(text.slice(0, MAX_DERIVED_HEADLINE));
  while (
    words.length > 3 &&
    DANGLING.has((words.at(-1) as string).toLowerCase().replace(/[^\p{L}]/gu, ""))
  ) {
    words = words.slice(0, -1);
  }
  const headline = words.join(" ").replace(/[\s,;:—–-]+$/u, "");
  return capitalize(headline.length > 0 ? headline : text.slice(0, MAX_DERIVED_HEADLINE).trim());
}

/** The text up to the first full stop that is not an abbreviation's. */
export function firstSentence(text: string): string {
  const end = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of text.matchAll(end)) {
    const upTo = text.slice(0, (match.index ?? 0) + 1);
    if (match[0].startsWith(".") && ABBREVIATION_END.test(upTo)) continue;
    return text.slice(0, (match.index ?? 0) + match[0].length);
  }
  return text;
}

function capitalize(text: string): string {
  return text.length > 0 ? (text[0] as string).toUpperCase() + text.slice(1) : text;
}
