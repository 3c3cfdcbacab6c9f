import { LowerCasedSearch } from "./includes-lowered.js";
import type { ParagraphFeatures } from "./text-features.js";

// A paragraph that is one quotation and nothing else: “...” or "...".
const WHOLE_QUOTE = /^["“‘](.{8,300}?)[,.!?]?["”’]$/u;
const CLOSING = new Set([0x22, 0x201d, 0x2019]);
// What stops WHOLE_QUOTE's "." (line ends) or makes it count code points, not units (surrogates).
const NOT_PLAIN = /[\n\r\u2028\u2029\ud800-\udfff]/;
// How far from its source a pull quote is set.
const REACH = 12;
const search = new LowerCasedSearch();

/**
 * Feature stories pasted whole bring their pull quotes: a line of the text set again, large,
 * between paragraphs. Such a repeat is furniture (`boilerplate`), not a paragraph, and never a
 * headline.
 */
export function markPullQuotes(texts: readonly string[], features: ParagraphFeatures[]): void {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    // Most paragraphs that open with a quotation go on past it ("..., she said."): skip them
    // before the regex does.
    if (text.length > 310 || !CLOSING.has(text.charCodeAt(text.length - 1))) continue;
    const inner = wholeQuoteInner(text);
    if (inner === undefined) continue;
    const needle = search.look(inner.toLowerCase());
    for (let k = Math.max(0, i - REACH); k < Math.min(texts.length, i + REACH + 1); k++) {
      if (k !== i && needle.foundIn(texts[k] as string)) {
        (features[i] as ParagraphFeatures).kind = "boilerplate";
        break;
      }
    }
  }
}

/**
 * WHOLE_QUOTE's quotation (its group), or undefined where it does not match: read from the
 * text's two ends where every unit is a code point and none ends a line, as in nearly every
 * paragraph. The regex's lazy group tried the closing at each of a quotation's characters.
 */
export function wholeQuoteInner(text: string): string | undefined {
  const first = text.charCodeAt(0);
  if (first !== 0x22 && first !== 0x201c && first !== 0x2018) return undefined;
  const n = text.length;
  if (!CLOSING.has(text.charCodeAt(n - 1))) return undefined;
  if (NOT_PLAIN.test(text)) return WHOLE_QUOTE.exec(text)?.[1];
  // The shortest quotation the closing follows: before a stop or comma if one stands there.
  const stop = text.charCodeAt(n - 2);
  const stopped = stop === 44 || stop === 46 || stop === 33 || stop === 63;
  if (stopped && n - 3 >= 8 && n - 3 <= 300) return text.slice(1, n - 2);
  return n - 2 >= 8 && n - 2 <= 300 ? text.slice(1, n - 1) : undefined;
}
