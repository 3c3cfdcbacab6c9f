/** One word of a text, with what the matchers need to know about its shape and surroundings. */
export interface Token {
  /** As written, without a trailing possessive ("Russia’s" -> "Russia"). */
  raw: string;
  /** Lowercase, curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Two or more letters, all uppercase ("NATO", "U.S."). */
  allCaps: boolean;
  /** First word of a sentence, a paragraph or a quotation: its capital says nothing. */
  sentenceStart: boolean;
  /** Separated from the previous token by spaces only (no punctuation). */
  joined: boolean;
  /** Separated from the previous token by a hyphen only. */
  hyphenated: boolean;
  /** Ended in 's or ’s (or a bare apostrophe after s). */
  possessive: boolean;
}

// Dotted abbreviations first ("U.S.", "D.C."), then words that may hold &, ' or ’ inside.
const WORD = /(?:[A-Z]\.){2,}|[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*['’]?/gu;
const UPPER = /\p{Lu}/u;
// A gap holding one of these ends a sentence (or opens a quotation): . ! ? : ; “ " ‘ ( newline
const BREAK_CODES = new Set([46, 33, 63, 58, 59, 0x201c, 34, 0x2018, 40, 10]);
// Abbreviations whose dot does not end the sentence.
const NO_BREAK_AFTER = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "sgt",
  "capt",
  "prof",
  "jr",
  "sr",
  "no",
  "vs",
  "mt",
  "ft",
  "rev",
  "adm",
  "maj",
  "cmdr",
  "pres",
  "supt",
  "insp",
]);

/** Splits text into word tokens in one regex pass; hyphens and punctuation separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevLower = "";
  let prevSingleCap = false;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const matched = m[0];
    let raw = matched;
    const start = m.index;
    let possessive = false;
    const last = raw.charCodeAt(raw.length - 1);
    if (last === 39 || last === 0x2019) {
      // "Russians’" or a closing quote: drop the mark, possessive only after s.
      raw = raw.slice(0, -1);
      possessive = raw.endsWith("s") || raw.endsWith("S");
    } else if (raw.length > 2) {
      const a = raw.charCodeAt(raw.length - 2);
      if ((a === 39 || a === 0x2019) && (last === 115 || last === 83)) {
        raw = raw.slice(0, -2);
        possessive = true;
      }
    }
    if (raw.length === 0) continue;
    // Read the gap between words by character codes: slicing and regexes here cost a third
    // of the classifier's time.
    let breaks = false;
    let dotFirst = false;
    let onlySpace = true;
    let hyphenOnly = false;
    let seen = 0;
    for (let k = prevEnd; k < start; k++) {
      const ch = text.charCodeAt(k);
      if (ch === 32 || ch === 9 || ch === 0xa0) continue;
      seen++;
      onlySpace = false;
      if (seen === 1) {
        dotFirst = ch === 46;
        hyphenOnly = ch === 45 || ch === 0x2011;
      } else hyphenOnly = false;
      if (BREAK_CODES.has(ch)) breaks = true;
    }
    let sentenceStart = tokens.length === 0;
    if (!sentenceStart && breaks) {
      sentenceStart = !(dotFirst && (NO_BREAK_AFTER.has(prevLower) || prevSingleCap));
    }
    const c0 = raw.charCodeAt(0);
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(raw[0] ?? "");
    // Most words are plain lowercase ASCII, their own lowercase: toLowerCase was the costliest
    // line of tokenizing.
    let plain = true;
    for (let k = 0; k < raw.length; k++) {
      const ch = raw.charCodeAt(k);
      if (ch >= 128 || (ch >= 65 && ch <= 90)) {
        plain = false;
        break;
      }
    }
    let lower = raw;
    if (!plain) {
      lower = raw.toLowerCase();
      if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    }
    const allCaps = cap && raw.length > 1 && lower !== raw && raw.toUpperCase() === raw;
    tokens.push({
      raw,
      lower,
      start,
      end: start + matched.length,
      cap,
      allCaps,
      sentenceStart,
      joined: tokens.length > 0 && onlySpace,
      hyphenated: hyphenOnly && seen === 1,
      possessive,
    });
    prevEnd = start + matched.length;
    prevLower = lower;
    // "Sergey V. Lavrov": a lone capital before a dot is an initial, not the end of a sentence.
    prevSingleCap = raw.length === 1 && cap;
  }
  return tokens;
}
