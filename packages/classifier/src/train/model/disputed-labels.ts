/**
 * Whether the lexicon disputes an article's corpus label: another beat's evidence exceeds the
 * label's by at least `margin` (lexiconValue units). The AllSides topic behind a label is often
 * not what the text is about (national security filed as conflict, energy as environment); such
 * an article teaches the model the mapping's noise more than the beat's words.
 */
export function lexiconDisputes(
  lexicon: ArrayLike<number>,
  label: number,
  margin: number,
): boolean {
  const own = lexicon[label] ?? 0;
  for (let k = 0; k < lexicon.length; k++)
    if (k !== label && (lexicon[k] ?? 0) - own >= margin) return true;
  return false;
}
