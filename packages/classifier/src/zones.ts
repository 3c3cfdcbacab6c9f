import { codeUnitsOf } from "./code-units.js";
import { type TokenList, type TokenPool, type TokenSlot, tokenize } from "./tokenize.js";
import type { ClassifiableArticle } from "./types.js";
import type { WordIds } from "./word-ids.js";

/** Where in an article a piece of text sits; each kind weighs differently. */
export type ZoneKind = "headline" | "dek" | "dateline" | "lede" | "body" | "contributor";

export interface Zone {
  kind: ZoneKind;
  /** 0 for the lede, 1.. for later body paragraphs. */
  paragraph: number;
  text: string;
  tokens: TokenList;
  /** Most words are capitalized (a title-case headline): capitals say little here. */
  titleCase: boolean;
  /**
   * The tokens' ids in `words`, when splitZones was given a table (see zoneWordIds): the first
   * `tokens.length` numbers. From a pool, the array is the pool's and may be longer.
   */
  ids?: Int32Array;
  words?: WordIds;
}

// "KYIV, Ukraine —", "LONDON (Reuters) -", "GAZA CITY —", "WASHINGTON —"
const DATELINE =
  /^\s*([A-Z][A-Z.'’\- ]{1,40}?)(?:,\s*([A-Z][\p{L}.'’\- ]{1,40}?))?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+/u;
const CONTRIBUTOR_LINE =
  /\b(contributed (?:reporting|research|to this (?:report|article))|reporting (?:was )?(?:by|from)|additional reporting)\b/i;

/**
 * Splits an article into weighted zones: headline, dek, dateline, lede, body and contributor
 * line. Given a word table, it also records each token's id in it, once for every matcher.
 * Given a pool, the zones' tokens are written into its arrays: they hold only until the pool's
 * next article (the classifier's own, read before it returns).
 */
export function splitZones(
  article: ClassifiableArticle,
  words?: WordIds,
  pool?: TokenPool,
): Zone[] {
  pool?.reset();
  const zones: Zone[] = [];
  addZone(zones, "headline", article.headline, 0, words, pool);
  if (article.dek) addZone(zones, "dek", article.dek, 0, words, pool);
  const paragraphs = article.paragraphs;
  let last = paragraphs.length;
  const closing = paragraphs[last - 1];
  if (last > 1 && closing !== undefined && closing.length < 400 && CONTRIBUTOR_LINE.test(closing)) {
    last -= 1;
  }
  for (let i = 0; i < last; i++) {
    let text = paragraphs[i] ?? "";
    if (i === 0) {
      const m = DATELINE.exec(text);
      if (m) {
        const dateline = m[0].replace(/\([^)]*\)/, " ").replace(/[—–-]+\s*$/, "");
        addZone(zones, "dateline", dateline, 0, words, pool);
        text = text.slice(m[0].length);
      }
    }
    addZone(zones, i === 0 ? "lede" : "body", text, i, words, pool);
  }
  if (last < paragraphs.length) {
    addZone(zones, "contributor", paragraphs[last] ?? "", last, words, pool);
  }
  return zones;
}

/**
 * Adds a zone for the text unless it is blank. From a pool, the zone's object is its slot's,
 * rewritten (a Zone a text was 1.4 KB of an article's allocation, docs/tried.md, forty-fourth
 * pass): zones from a pool hold only until its next article, as their tokens do.
 */
function addZone(
  zones: Zone[],
  kind: ZoneKind,
  text: string,
  paragraph: number,
  words: WordIds | undefined,
  pool: TokenPool | undefined,
): void {
  if (!text.trim()) return;
  // The text's code units, read by tokenize and then by the word table (codeUnitsOf's buffer
  // is the next call's: nothing in between calls it).
  const units = codeUnitsOf(text);
  const slot = pool?.next();
  const tokens = tokenize(text, units, slot);
  let ids: Int32Array | undefined;
  if (words) {
    ids = slot ? idRoom(slot, tokens.length) : new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) ids[i] = words.idOf(tokens, i, units);
  }
  let zone = slot?.zone;
  if (zone === undefined) {
    const titleCase = kind === "headline" && isTitleCase(tokens);
    zone = { kind, paragraph, text, tokens, titleCase, ids, words };
    if (slot) slot.zone = zone;
  } else {
    zone.kind = kind;
    zone.paragraph = paragraph;
    zone.text = text;
    zone.titleCase = kind === "headline" && isTitleCase(tokens);
    zone.tokens = tokens;
    zone.ids = ids;
    zone.words = words;
  }
  zones.push(zone);
}

/**
 * Room for n ids: the slot's array itself, grown to the next power of two when short. It is not
 * cut to n (a view is an object made by a subarray call, one a text before): readers stop at
 * the text's word count. A typed array of its own per text was a buffer outside the heap to
 * allocate and free.
 */
function idRoom(slot: TokenSlot, n: number): Int32Array {
  if (slot.ids.length < n) slot.ids = new Int32Array(2 ** Math.ceil(Math.log2(n)));
  return slot.ids;
}

function isTitleCase(tokens: TokenList): boolean {
  let words = 0;
  let caps = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.size(i) < 4) continue;
    words++;
    if (tokens.cap(i)) caps++;
  }
  return words >= 2 && caps / words > 0.6;
}
