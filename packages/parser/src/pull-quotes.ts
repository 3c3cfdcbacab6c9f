import type { ParagraphFeatures } from "./text-features.js";

// A paragraph that is one quotation and nothing else: “...” or "...".
const WHOLE_QUOTE = /^["“‘](.{8,300}?)[,.!?]?["”’]$/u;
const CLOSING = new Set([0x22, 0x201d, 0x2019]);
// How far from its source a pull quote is set.
const REACH = 12;
// The paragraphs a quote is compared with: REACH each side, and its own.
const RING = 2 * REACH + 1;

/**
 * Feature stories pasted whole bring their pull quotes: a line of the text set again, large,
 * between paragraphs. Such a repeat is furniture (`boilerplate`), not a paragraph, and never a
 * headline.
 */
export function markPullQuotes(texts: readonly string[], features: ParagraphFeatures[]): void {
  // Each paragraph lower-cased once, when a quote near it is first compared with it, and kept
  // only while a quote within REACH may still ask for it: a piece's every paragraph held
  // lower-cased to its end survived collections that a few dozen at a time do not.
  const lowered: (string | undefined)[] = new Array(RING);
  const loweredAt = new Int32Array(RING).fill(-1);
  const lower = (k: number) => {
    const slot = k % RING;
    let found = lowered[slot];
    if (loweredAt[slot] !== k || found === undefined) {
      found = (texts[k] as string).toLowerCase();
      lowered[slot] = found;
      loweredAt[slot] = k;
    }
    return found;
  };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string;
    // Most paragraphs that open with a quotation go on past it ("..., she said."): skip them
    // before the regex does.
    if (text.length > 310 || !CLOSING.has(text.charCodeAt(text.length - 1))) continue;
    const inner = WHOLE_QUOTE.exec(text)?.[1];
    if (inner === undefined) continue;
    const needle = inner.toLowerCase();
    for (let k = Math.max(0, i - REACH); k < Math.min(texts.length, i + REACH + 1); k++) {
      if (k !== i && lower(k).includes(needle)) {
        (features[i] as ParagraphFeatures).kind = "boilerplate";
        break;
      }
    }
  }
}
