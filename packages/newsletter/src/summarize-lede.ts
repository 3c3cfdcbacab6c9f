/** Longest summary, in characters; longer text is cut at a word and ends with an ellipsis. */
export const SUMMARY_MAX_CHARS = 280;

/** A first sentence shorter than this gets the second one too. */
const SHORT_SENTENCE = 110;

// Abbreviations whose period does not end a sentence ("Mr. Reinholt", "U.S. officials").
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|etc|vs|approx|Inc|Ltd|Co|Corp)|\b\p{L}|\b(?:\p{L}\.){1,3}\p{L})$/u;

/**
 * One or two sentences from the article's lede: the first sentence, and the second too when
 * the first is short; the dek when the article has no paragraphs. Whitespace is collapsed.
 */
export function summarizeLede(article: {
  dek: string | null;
  paragraphs: readonly string[];
}): string {
  const lede = article.paragraphs.find((p) => p.trim().length > 0) ?? article.dek ?? "";
  const sentences = splitSentences(lede.replace(/\s+/g, " ").trim());
  const first = sentences[0] ?? "";
  const summary =
    first.length < SHORT_SENTENCE && sentences[1] ? `${first} ${sentences[1]}` : first;
  return truncate(summary, SUMMARY_MAX_CHARS);
}

/** Splits text at sentence ends (., !, ? and closing quotes), sparing common abbreviations. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const end = /[.!?][”"’')\]]*(?=\s+[“"‘'([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const candidate = text.slice(start, match.index);
    if (match[0].startsWith(".") && ABBREVIATION.test(candidate)) continue;
    const stop = match.index + match[0].length;
    sentences.push(text.slice(start, stop).trim());
    start = stop;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, "")}…`;
}
