// The words a headline leaves out of the sentence it is cut from: its articles and its adverbs
// in -ly (derive-headline.ts decides where each is offered).

// After "a" or "an", words that keep it: "more than a dozen", "a few", not "more than dozen".
const KEEPS_ARTICLE = new Set(
  (
    "few little lot bit dozen half third quarter hundred thousand million billion trillion " +
    "couple handful"
  ).split(" "),
);

/**
 * The text without its articles, as headlines write: "the", "a" and "an" between words, and
 * "The", "A" or "An" opening it (not inside a name: "The Hague" elsewhere stays), each with the
 * space after it; "a" kept before a quantity ("a dozen", "a few"). Only articles that begin
 * before `limit` are dropped. A scan of the characters: a search per word costs more.
 */
export function withoutArticles(text: string, limit = text.length): string {
  let kept = "";
  let from = 0;
  const end = Math.min(limit, text.length);
  for (let at = 0; at < end; at++) {
    if (at > 0 && text.charCodeAt(at - 1) !== 32) continue;
    const length = articleLength(text, at);
    if (length === 0 || text.charCodeAt(at + length + 1) <= 32) continue;
    if (length < 3 && KEEPS_ARTICLE.has(wordAt(text, at + length + 1))) continue;
    kept += text.slice(from, at);
    from = at + length + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

/**
 * The length of the article that text[at] begins and a space ends ("the", "a", "an"; "The",
 * "A", "An" only at the text's start), or 0.
 */
function articleLength(text: string, at: number): number {
  const first = text.charCodeAt(at);
  const opening = at === 0;
  if (first === 97 || (opening && first === 65)) {
    const second = text.charCodeAt(at + 1);
    if (second === 32) return 1;
    return second === 110 && text.charCodeAt(at + 2) === 32 ? 2 : 0;
  }
  if (first === 116 || (opening && first === 84))
    return text.charCodeAt(at + 1) === 104 &&
      text.charCodeAt(at + 2) === 101 &&
      text.charCodeAt(at + 3) === 32
      ? 3
      : 0;
  return 0;
}

/** The word of `text` that begins at `at`, up to the next space. */
function wordAt(text: string, at: number): string {
  const space = text.indexOf(" ", at);
  return text.slice(at, space < 0 ? text.length : space);
}

// An adverb in -ly between words ("has essentially altered", "quickly spread"): headlines leave
// such adverbs out. Not a word that only ends so ("family", "July", "costly") nor one that says
// how sure, how much or how bad (KEPT_LY lists both).
const KEPT_LY = new Set(
  (
    "only early family likely unlikely rally ally supply reply apply holy daily weekly monthly " +
    "yearly quarterly hourly nightly elderly friendly kindly lively orderly timely bodily fly " +
    "belly jelly bully assembly lily comply imply rely multiply anomaly monopoly italy july sly " +
    "ugly silly costly deadly lonely lovely holly " +
    "allegedly reportedly apparently purportedly supposedly possibly probably nearly roughly " +
    "approximately barely hardly scarcely partly partially fully mostly largely slightly " +
    "narrowly seemingly potentially temporarily permanently briefly mainly merely solely " +
    "exactly precisely entirely wholly illegally legally unlawfully wrongly falsely fatally " +
    "critically seriously severely badly mortally gravely unanimously unilaterally " +
    "indefinitely posthumously accidentally intentionally deliberately voluntarily " +
    "previously formerly initially newly overwhelmingly nationally internationally locally " +
    "globally federally publicly privately secretly jointly independently successfully " +
    "unsuccessfully wrongfully fraudulently poorly"
  ).split(" "),
);
// The word before a -ly word that keeps it: a negation ("not fully"), a determiner, whose -ly
// word is an adjective or its adverb ("a costly", "a highly paid"), a degree ("as quickly as").
const KEEPS_NEXT_LY =
  /^(?:not|never|no|\S*n['’]t|a|an|the|its|his|her|their|our|my|your|this|that|these|those|as|so|too|very|more|most|less|least|how)$/u;
// A number's start: the adverb before it says how much ("roughly 40").
const NUMBER_START = /^[\d$£€]/u;

const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * The text without its adverbs in -ly, each with the space before it, unless the words around it
 * keep it. Found by their ending, "ly ", not by a regex tried at every space.
 */
export function withoutAdverbs(text: string): string {
  let kept = "";
  let from = 0;
  for (let end = text.indexOf("ly "); end >= 0; end = text.indexOf("ly ", end + 3)) {
    const space = text.lastIndexOf(" ", end);
    const word = text.slice(space + 1, end + 2);
    if (space <= 0 || space < from || !LOWER_WORD.test(word) || KEPT_LY.has(word)) continue;
    const next = text.charAt(end + 3);
    if (next === "" || next === " " || NUMBER_START.test(next)) continue;
    const before = text.slice(text.lastIndexOf(" ", space - 1) + 1, space).toLowerCase();
    if (KEEPS_NEXT_LY.test(before)) continue;
    kept += text.slice(from, space);
    from = end + 2;
  }
  return from === 0 ? text : kept + text.slice(from);
}
