/**
 * A paragraph that opens on a quotation, by whom it is given to. A quotation given to a pronoun
 * ("... he said") or to a surname under a title ("said Ms. Ode") speaks for someone the story
 * named before, as a story's closing quote does; one given to anyone else ("said a farmer at
 * the market") may open an anecdotal lede. On the training outlets (folds 2-4, articles of three
 * paragraphs or more; `corpus/lede-openings.ts`), of first / middle / last paragraphs: given to
 * a pronoun 0.30% / 3.15% / 6.07%, to a titled surname 0.50% / 2.97% / 4.09%, to anyone else
 * 1.94% / 10.68% / 11.83%.
 */
export type QuoteAttribution = "pronoun" | "titled" | "other";

const OPENS_ON_QUOTE = /^["“‘«']/u;
const PRONOUN_ATTRIBUTION =
  /\b(?:(?:he|she|they|I|we) (?:said|says|added|told|explained|recalled)|(?:said|says|added) (?:he|she|they))\b/;
const TITLED_SURNAME = /\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen)\.? \p{Lu}/u;

/** Whom the quotation `text` opens on is given to, or null where it opens otherwise. */
export function quoteAttribution(text: string): QuoteAttribution | null {
  if (!OPENS_ON_QUOTE.test(text)) return null;
  if (PRONOUN_ATTRIBUTION.test(text)) return "pronoun";
  return TITLED_SURNAME.test(text) ? "titled" : "other";
}
