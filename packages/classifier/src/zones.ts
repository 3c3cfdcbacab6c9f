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
  const add = (kind: ZoneKind, text: string, paragraph = 0) => {
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
    zones.push({
      kind,
      paragraph,
      text,
      tokens,
      titleCase: kind === "headline" && isTitleCase(tokens),
      ids,
      words,
    });
  };
  add("headline", article.headline);
  if (article.dek) add("dek", article.dek);
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
        add("dateline", m[0].replace(/\([^)]*\)/, " ").replace(/[—–-]+\s*$/, ""));
        text = text.slice(m[0].length);
      }
    }
    add(i === 0 ? "lede" : "body", text, i);
  }
  if (last < paragraphs.length) add("contributor", paragraphs[last] ?? "", last);
  return zones;
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
