import type { Paragraph } from "../paragraphs.js";

/** Texts as paragraphs one a line, with no blank lines between them. */
export function oneALine(texts: readonly string[]): Paragraph[] {
  return texts.map((text, i) => ({ text, startLine: i + 1, endLine: i + 1, blankLinesBefore: 0 }));
}
