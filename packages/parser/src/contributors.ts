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
export const ORGANIZATION =
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
const INITIAL = /^\p{Lu}\.$/u;

/**
 * A name as NAME found it (words joined by single spaces or hyphens) without the words before
 * it that are not names ("By", "Reporting") and without trailing stops, apostrophes or hyphens,
 * unless it ends with an initial ("E."); "" when nothing is left. Read in place: splitting,
 * joining and a replace with a callback cost more than the rest of a contributor line's reading.
 */
export function personalPart(found: string): string {
  let start = 0;
  for (;;) {
    const space = found.indexOf(" ", start);
    const end = space < 0 ? found.length : space;
    if (!isNotName(found.slice(start, end))) break;
    if (space < 0) return "";
    start = space + 1;
  }
  const lastWord = found.slice(found.lastIndexOf(" ") + 1);
  if (INITIAL.test(lastWord)) return found.slice(start);
  let end = found.length;
  while (end > start && isTrailingMark(found.charCodeAt(end - 1))) end--;
  return found.slice(start, end);
}

/** `[.’'-]`: what a name loses at its end. */
function isTrailingMark(code: number): boolean {
  return code === 46 || code === 0x2019 || code === 39 || code === 45;
}
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
  // "Jane Doe | Norland Wire": what follows the bar is the outlet or the desk. Found by a
  // search, not `split(OUTLET_BAR, 1)`, which tries the regex anew at every position.
  const bar = line.search(OUTLET_BAR);
  const text = bar < 0 ? line : line.slice(0, bar);
  const names: string[] = [];
  // A place after a comma continues the place before it: "from Kyiv, Ukraine".
  let afterPlace = false;
  // What follows a role or an outlet after a comma is where they are: "BBC News, Kyiv".
  let afterCredential = false;
  // An exec loop, not `matchAll`, which copies the regex for every line: NAME never matches
  // the empty string, so the two find the same names.
  NAME.lastIndex = 0;
  for (let match = NAME.exec(text); match !== null; match = NAME.exec(text)) {
    let name = personalPart(match[0]);
    if (name.length === 0) continue;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
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
