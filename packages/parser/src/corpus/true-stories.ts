import type { Paragraph } from "../paragraphs.js";

/** A true article as paragraph indexes: its first, its first body paragraph, its last. */
export interface Story {
  first: number;
  body: number;
  last: number;
}

export function trueStories(
  paragraphs: readonly Paragraph[],
  truth: readonly { startLine: number; endLine: number; headline: string | null }[],
): Story[] {
  const byLine = new Map(paragraphs.map((p, i) => [p.startLine, i]));
  return truth.map((t) => {
    const first = byLine.get(t.startLine) ?? 0;
    let last = first;
    while (
      last + 1 < paragraphs.length &&
      (paragraphs[last + 1] as Paragraph).startLine <= t.endLine
    )
      last++;
    let body = first;
    if (t.headline !== null) {
      body++;
      if (/^By\s/.test(paragraphs[body]?.text ?? "")) body++;
    }
    return { first, body, last };
  });
}
