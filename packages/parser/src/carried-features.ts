import type { LexicalFeatures } from "./lexical-features.js";
import type { ParagraphFeatures, ParagraphKind } from "./text-features.js";

/**
 * The features a piece of a dump found for its last paragraphs, as their texts alone give them
 * (no neighbour's marks), for the next piece, which reads those lines again (parse-text.ts).
 * Only those paragraphs are kept: holding a whole piece's features while the next is parsed
 * made the collector copy them from scavenge to scavenge.
 */
export class CarriedFeatures {
  constructor(
    private readonly startLines: readonly number[],
    private readonly texts: readonly string[],
    private readonly features: readonly ParagraphFeatures[],
    readonly lexical: readonly (LexicalFeatures | undefined)[],
  ) {}

  /**
   * From paragraph `from` on, the one that starts on `line`, if its text is `text`; else where
   * the search goes on from, as -1 - index.
   */
  find(from: number, line: number, text: string): number {
    const lines = this.startLines;
    let j = from;
    while (j < lines.length && (lines[j] as number) < line) j++;
    return lines[j] === line && this.texts[j] === text ? j : -1 - j;
  }

  /** A copy of paragraph j's features, for a table to mark as its own neighbours say. */
  featuresOf(j: number): ParagraphFeatures {
    const f = this.features[j] as ParagraphFeatures;
    return featuresCopy(f, f.kind, f.words);
  }
}

/**
 * A copy of `f` with the kind and word count its text alone gives, field by field: one shape for
 * every paragraph's features, carried or not.
 */
export function featuresCopy(
  f: ParagraphFeatures,
  kind: ParagraphKind,
  words: number,
): ParagraphFeatures {
  return {
    kind,
    words,
    headlineLike: f.headlineLike,
    dateline: f.dateline,
    continuationOpening: f.continuationOpening,
    allCaps: f.allCaps,
  };
}
