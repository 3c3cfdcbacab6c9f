/**
 * A line's shape as the false-start analysis reports it (false-starts.ts): never its words,
 * only how many, how many sentences, how it ends and opens.
 */
export interface LineShape {
  words: number;
  /** "one sentence", "several sentences" or "a phrase" (no sentence end inside or at its end). */
  length: string;
  end: string;
  quoted: boolean;
  capitals: boolean;
}

const ENDS: [RegExp, string][] = [
  [/[.]$/, "full stop"],
  [/[?]$/, "question mark"],
  [/!$/, "exclamation"],
  [/:$/, "colon"],
  [/["”’']$/, "closing quote"],
  [/[)\]]$/, "bracket"],
  [/[\p{L}\p{N}]$/u, "no punctuation"],
];

export function lineShape(text: string): LineShape {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean).length;
  const end = ENDS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? "other";
  const inner = (trimmed.match(/[.?!]["”’]?\s+["“‘]?\p{Lu}/gu) ?? []).length;
  const closes = /[.?!]["”’)]?$/u.test(trimmed);
  const sentences = inner + (closes ? 1 : 0);
  const length =
    sentences === 0 ? "a phrase" : sentences === 1 ? "one sentence" : "several sentences";
  const letters = trimmed.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return {
    words,
    length,
    end,
    quoted: /^["“‘']/u.test(trimmed),
    capitals: letters.length >= 4 && upper / letters.length > 0.8,
  };
}

export function wordBucket(words: number): string {
  if (words <= 3) return "1-3";
  if (words <= 7) return "4-7";
  if (words <= 12) return "8-12";
  if (words <= 25) return "13-25";
  return "26+";
}

/** Paragraph counts in the buckets the analysis reports. */
export function storyBucket(n: number): string {
  if (n <= 2) return "01-02";
  if (n <= 5) return "03-05";
  if (n <= 10) return "06-10";
  if (n <= 20) return "11-20";
  if (n <= 40) return "21-40";
  return "41+";
}
