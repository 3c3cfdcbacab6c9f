import { stemId } from "../words.js";

// "the" and the word after it where that word is lower-case, four letters or more: most often the
// noun of a definite description ("the council", "the plan"), sometimes its adjective.
const DEFINITE = /\b[Tt]he\s+(\p{Ll}{4,})/gu;

// Words that follow "the" without naming a thing the story introduced before.
const NOT_REFERENCES = new Set(
  "same first last other most best next former following only many end way year years week time".split(
    " ",
  ),
);

const NO_NOUNS: readonly number[] = [];

/**
 * Stems of the nouns of a paragraph's definite descriptions ("the council" -> council). A story
 * goes on with "the" before what it has introduced; a new story's "the" names what the story
 * above never did.
 */
export function definiteNounsOf(text: string): readonly number[] {
  // Every phrase the pattern knows holds "he " after a T or t: the rest skip the regex.
  if (!text.includes("he ")) return NO_NOUNS;
  let nouns: number[] | null = null;
  for (const match of text.matchAll(DEFINITE)) {
    const noun = match[1] as string;
    if (NOT_REFERENCES.has(noun)) continue;
    const stem = stemId(noun, 0, noun.length);
    if (stem < 0) continue;
    nouns ??= [];
    nouns.push(stem);
  }
  return nouns ?? NO_NOUNS;
}
