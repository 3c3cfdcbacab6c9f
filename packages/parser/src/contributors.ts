import { JOB_TITLE } from "./line-kinds.js";

// A name: capitalized words, initials ("E."), and the particles names carry ("al-Amin", "de").
const PARTICLE = "(?:al|el|bin|ibn|de|da|di|du|del|della|van|von|der|den|le|la|dos|das|St\\.)";
// A particle counts as part of a name only before a capitalized word or another particle.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|${PARTICLE}(?=\s+(?:\p{Lu}|${PARTICLE}\s+\p{Lu})|-\p{Lu}))`;
const NAME = new RegExp(`${NAME_WORD}(?:[ -]${NAME_WORD})*`, "gu");

// Words that are capitalized in these lines without being names.
const NOT_NAMES = new Set([
  "By",
  "And",
  "Reporting",
  "Additional",
  "Further",
  "Research",
  "Writing",
  "Editing",
  "Contributed",
  "The",
  "Written",
  "Words",
  "Story",
  "Text",
  "Author",
  "Byline",
  "With",
  "Posted",
  "Reported",
  // "A reporter in Tehran contributed to this article." names nobody.
  "A",
  "An",
]);
// News agencies and papers credited in contributor lines are not people.
const ORGANIZATION =
  /\b(?:Press|Presse|News|Times|Post|Reuters|Agency|Agence|Bloomberg|Journal|Staff|Wire|Service|Newsroom|AFP|AP|UPI|Gazette|Herald|Tribune|Guardian|Telegraph|Chronicle|Observer|Newspaper|Magazine|Courier|Record|Standard|Mirror|Express|Daily|Weekly|Review|Globe|Inquirer|Examiner|Independent|Mail|Bulletin|Dispatch|Sentinel|Monitor|Register|Advertiser|Echo|Today)\b/u;
const PERSON_FOLLOWS = /^\s+(?:from|in|at|contributed|contributing|and)\b/;
// A job after the name: "Hanna Berg, Senior Correspondent", "Pia Strand, Europe editor",
// "Special to the Gazette".
const ROLE_WORD = `(?:${JOB_TITLE}|specials?)`;
const ROLE = new RegExp(`\\b${ROLE_WORD}\\b`, "iu");
const ROLE_FOLLOWS = new RegExp(`^\\s+${ROLE_WORD}\\b`, "iu");

function isNotName(word: string): boolean {
  return NOT_NAMES.has(word) || NOT_NAMES.has(word.charAt(0) + word.slice(1).toLowerCase());
}

// Kept as constants: a regex literal makes a new object each time it runs.
const OUTLET_BAR = /\s[|•·]\s/u;
const TRAILING_MARKS = /[.’'-]+$/u;
const INITIAL = /^\p{Lu}\.$/u;
const AFTER_COMMA = /,\s*$/;
const AFTER_AND = /\band\s*$/;
const IN_CAPITALS = /^\p{Lu}[\p{Lu}\s.'’-]+$/u;

// Names that follow these are places ("from Kyiv", "in Rio de Janeiro").
const PLACE_PREPOSITION = /\b(?:from|in|at|for|to|of)\s*$/i;

/**
 * The people named in a byline or contributor line, in order, without the places they reported
 * from: "Lena Ortiz contributed reporting from Quito, and Tomas Berg from Oslo." gives
 * ["Lena Ortiz", "Tomas Berg"].
 */
export function extractContributors(line: string): string[] {
  // "Jane Doe | Norland Wire": what follows the bar is the outlet or the desk.
  const text = line.split(OUTLET_BAR, 1)[0] as string;
  const names: string[] = [];
  // A place after a comma continues the place before it: "from Kyiv, Ukraine".
  let afterPlace = false;
  // What follows a role or an outlet after a comma is where they are: "BBC News, Kyiv".
  let afterCredential = false;
  for (const match of text.matchAll(NAME)) {
    let name = match[0];
    const before = text.slice(0, match.index);
    let words = name.split(" ");
    while (words.length > 0 && isNotName(words[0] as string)) words = words.slice(1);
    name = words
      .join(" ")
      .replace(TRAILING_MARKS, (tail) => (INITIAL.test(words.at(-1) ?? "") ? tail : ""));
    if (words.length === 0 || name.length === 0) continue;
    const after = text.slice((match.index ?? 0) + match[0].length);
    // "from Kyiv, Ukraine" and "from Holt and Granvik" name one or two places, but in
    // "from Quito, and Tomas Berg from Oslo" the name after "and" is a person's.
    const continuesPlace: boolean =
      afterPlace &&
      (AFTER_COMMA.test(before) || (AFTER_AND.test(before) && !PERSON_FOLLOWS.test(after)));
    const isPlace: boolean =
      PLACE_PREPOSITION.test(before) ||
      continuesPlace ||
      (afterCredential && AFTER_COMMA.test(before));
    afterPlace = isPlace;
    if (isPlace) continue;
    if (ORGANIZATION.test(name) || ROLE.test(name) || ROLE_FOLLOWS.test(after)) {
      afterCredential = true;
      continue;
    }
    if (IN_CAPITALS.test(name) && name.length > 3) name = titleCase(name);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
