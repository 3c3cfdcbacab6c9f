import { LowerCasedSearch } from "./includes-lowered.js";
import type { ParagraphFeatures } from "./text-features.js";

// A paragraph that is one quotation and nothing else: “...” or "...".
const WHOLE_QUOTE = /^["“‘](.{8,300}?)[,.!?]?["”’]$/u;
const CLOSING = new Set([0x22, 0x201d, 0x2019]);
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
    const inner = WHOLE_QUOTE.exec(text)?.[1];
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
