import { ORGANIZATION } from "./contributors.js";
import { isGivenName } from "./given-names.js";
import { isRoleLine } from "./under-headline.js";

/**
 * A line that holds only a person's name, as pages print an author without "By": "Jane Doe",
 * "J. R. Smith-Baker", "Ana de la Cruz", perhaps followed by a role or an outlet after a comma,
 * a bar or a dash ("Jane Doe, Senior Writer", "Jane Doe | Norland Wire").
 *
 * The name's own shape: two or three words, each capitalized (initials, hyphens, an inner
 * capital as in "McKay" or "O'Neil" allowed, particles such as "de" or "van" between them), no
 * digit, none of the capitalized function words a title-cased headline has. Its first word must
 * be a given name or an initial: title-cased headlines of two or three words have the shape
 * ("Markets Rally Again") but seldom open on a given name.
 */

// Particles that stand between a name's words in lower case.
const PARTICLES = new Set([
  "de",
  "da",
  "di",
  "du",
  "del",
  "della",
  "der",
  "den",
  "des",
  "dos",
  "das",
  "van",
  "von",
  "ter",
  "ten",
  "le",
  "la",
  "al",
  "el",
  "bin",
  "ibn",
  "y",
]);

// Capitalized words a title-cased headline has and a name never does.
const TITLE_WORDS = new Set([
  "The",
  "A",
  "An",
  "And",
  "Or",
  "But",
  "Of",
  "In",
  "On",
  "At",
  "To",
  "For",
  "With",
  "From",
  "By",
  "Into",
  "Over",
  "After",
  "Is",
  "Are",
  "Was",
  "Were",
  "Be",
  "Has",
  "Have",
  "Not",
  "No",
  "How",
  "Why",
  "What",
  "Who",
  "When",
  "Where",
  "This",
  "That",
  "It",
  "Its",
  "Our",
  "Your",
  "My",
  "We",
  "You",
  "I",
]);

// A capitalized word of a name: "Doe", "Smith-Baker", "McKay", "O'Neil", "D’Arcy".
const NAME_WORD =
  /^\p{Lu}(?:[\p{Ll}\p{M}]+|['’]\p{Lu}[\p{Ll}\p{M}]+|c\p{Lu}[\p{Ll}\p{M}]+)(?:-\p{Lu}[\p{Ll}\p{M}]+)*$/u;
// "J.", "J.R.", "E.J."
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
// What may close a name.
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
// A bar or a dash before the author's outlet or affiliation: "Jane Doe | Norland Wire".
const CREDENTIAL_MARK = /\s[|•·–—-]\s/u;
// Between the names of several authors, or before a role: "Jane Doe, Omar Haddad and Lise Brandt".
const NAME_SEPARATOR = /,\s*(?:and\s+)?|\s+(?:and|&)\s+/u;
// Where scholars writing for a page come from.
const AFFILIATION = /\b(?:University|College|Institute|School|Center|Centre|Foundation|Council)\b/u;
const DIGIT = /\d/;
const CREDENTIAL_SHAPE = /^\p{Lu}[^;:]*$/u;
const MAX_CREDENTIAL_WORDS = 5;

const MAX_LINE = 80;

/**
 * The line holds one or more people's names alone, or followed by a role, an outlet or an
 * affiliation: after a bar or a dash anything of those, after a comma a role or an outlet only
 * ("Jo Doe, Corporatist" is a title's appositive, "Jo Doe, Staff Writer" a byline).
 */
export function isPersonNameLine(line: string): boolean {
  const text = line.trim();
  if (text.length < 4 || text.length > MAX_LINE || DIGIT.test(text)) return false;
  const mark = CREDENTIAL_MARK.exec(text);
  if (mark !== null && !isCredential(text.slice(mark.index + mark[0].length))) return false;
  const pieces = (mark === null ? text : text.slice(0, mark.index)).split(NAME_SEPARATOR);
  if (pieces.length > 1 && isCredential(pieces.at(-1) as string)) pieces.pop();
  return pieces.every(isPersonName);
}

/**
 * A role, an outlet or an affiliation: "Senior Writer", "Norland Wire", "University of Lund";
 * short and capitalized, not a clause ("... pay staff; ...", "the league's Double Standard").
 */
function isCredential(text: string): boolean {
  if (!CREDENTIAL_SHAPE.test(text) || text.split(" ").length > MAX_CREDENTIAL_WORDS) return false;
  return isRoleLine(text) || ORGANIZATION.test(text) || AFFILIATION.test(text);
}

/**
 * The text is a name: two or three capitalized words as above (four with an initial among
 * them), a given name or an initial first, and in three a given name or an initial in the
 * middle too ("Ryan Endorses Trump" is a title).
 */
export function isPersonName(text: string): boolean {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 6) return false;
  const named: string[] = [];
  let initials = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    const inside = w > 0 && w < words.length - 1;
    if (PARTICLES.has(word)) {
      if (!inside) return false;
      continue;
    }
    if (TITLE_WORDS.has(word)) return false;
    if (w > 0 && w === words.length - 1 && SUFFIX.test(word)) continue;
    if (INITIALS.test(word)) {
      if (w === words.length - 1) return false;
      initials++;
    } else if (!NAME_WORD.test(word)) return false;
    named.push(word);
  }
  if (named.length < 2 || named.length > (initials > 0 ? 4 : 3)) return false;
  if (!givenOrInitial(named[0] as string)) return false;
  return named.length !== 3 || givenOrInitial(named[1] as string);
}

/** An initial, or a given name (of a hyphenated one, its first part: "Jan-Willem"). */
function givenOrInitial(word: string): boolean {
  if (INITIALS.test(word)) return true;
  const hyphen = word.indexOf("-");
  return isGivenName(hyphen < 0 ? word : word.slice(0, hyphen));
}
