import type { ArticleSpan } from "../article-span.js";

/**
 * What became of a true article's headline where its start was found: right (the dump's own
 * line, or derived where the dump had none), missing (derived where a headline stood), another
 * line taken, or a line taken where the article came without one.
 */
export type HeadlineOutcome = "right" | "missing" | "another line" | "line where none";

export function headlineOutcome(
  trueHeadline: string | null,
  found: { headline: string; headlineSource: "dump" | "derived" },
): HeadlineOutcome {
  if (trueHeadline === null)
    return found.headlineSource === "derived" ? "right" : "line where none";
  if (found.headlineSource === "derived") return "missing";
  return found.headline === trueHeadline ? "right" : "another line";
}

/**
 * The rule that opened a found span: the dump's first, a hard break, the explicit starts'
 * kinds, or a headless start found gap by gap, by the decoder (it reads on: `reach`) or by the
 * parting of weak halves (`partWeakHalves`: a gap start scored 0).
 */
export function startRule(span: ArticleSpan | undefined, first: boolean): string {
  if (first) return "dump's first";
  if (span === undefined) return "not a span";
  const kind = span.start?.kind ?? "hard break";
  if (kind !== "gap") return kind;
  if (span.start?.score === 0) return "parted";
  return span.reach !== undefined ? "decoded cut" : "gap by gap";
}
