/**
 * The prefixes a taxonomy term may carry. A lower-case term matches any case plus inflections,
 * a capitalized one only capitalized; `=term` matches exactly as written (no inflections);
 * `_term` matches only where the text writes it in lower case (inflections allowed), so that
 * "_labour" counts labour shortages but not the Labour party. `_=term` is both.
 */
export const LOWER_CASE_ONLY = "_";
export const EXACT = "=";

/** A term split into its lower-case-only flag and the rest (which may still start with `=`). */
export function splitLowerCaseOnly(term: string): { lowerOnly: boolean; rest: string } {
  return term.startsWith(LOWER_CASE_ONLY)
    ? { lowerOnly: true, rest: term.slice(1) }
    : { lowerOnly: false, rest: term };
}

/** The term's words as an article writes them, without its prefixes: what a reader is shown. */
export function termWords(term: string): string {
  const { rest } = splitLowerCaseOnly(term);
  return rest.startsWith(EXACT) ? rest.slice(1) : rest;
}

/** What is wrong with a term's syntax, as a sentence saying how to fix it; undefined if nothing. */
export function termProblem(term: string): string | undefined {
  const { lowerOnly, rest } = splitLowerCaseOnly(term);
  const body = termWords(term);
  if (body.trim() === "") {
    return `term "${term}" has no words: write a word or phrase after any "${LOWER_CASE_ONLY}" or "${EXACT}"`;
  }
  if (body.startsWith(LOWER_CASE_ONLY)) {
    return `term "${term}" puts "${LOWER_CASE_ONLY}" after "${EXACT}": write "${LOWER_CASE_ONLY}${EXACT}${body.slice(1)}"`;
  }
  if (lowerOnly && body !== body.toLowerCase()) {
    return `term "${term}" is lower-case-only ("${LOWER_CASE_ONLY}") but has capitals: write it in lower case ("${LOWER_CASE_ONLY}${rest.toLowerCase()}"), or drop the "${LOWER_CASE_ONLY}" to require the capitals`;
  }
  return undefined;
}
