import type { ParagraphFeatures } from "./text-features.js";

/** A paragraph an article is made of: neither boilerplate nor a separator. */
export function isContent(f: ParagraphFeatures | undefined): boolean {
  return f !== undefined && f.kind !== "boilerplate" && f.kind !== "separator";
}

/** The first content paragraph from `from` on, or the paragraph count when none is left. */
export function nextContent(features: readonly ParagraphFeatures[], from: number): number {
  let i = from;
  while (i < features.length && !isContent(features[i])) i++;
  return i;
}

/** Indexes of the body-text paragraphs between first and last, inclusive. */
export function bodyParagraphs(
  features: readonly ParagraphFeatures[],
  first: number,
  last: number,
): number[] {
  const body: number[] = [];
  for (let i = first; i <= last; i++) if (features[i]?.kind === "text") body.push(i);
  return body;
}

/** Whether any body-text paragraph lies between first and last, inclusive. */
export function holdsBodyText(
  features: readonly ParagraphFeatures[],
  first: number,
  last: number,
): boolean {
  for (let i = first; i <= last; i++) if (features[i]?.kind === "text") return true;
  return false;
}
