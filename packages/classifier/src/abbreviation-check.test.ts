import { describe, expect, it } from "vitest";
import { NO_BREAK_AFTER, TokenFlag, tokenize } from "./tokenize.js";

// Issue #14, forty-sixth pass (taken out, then kept in the forty-seventh once tokenize was
// optimized only once in the warm-up): tokenize checks the word before a dot against the abbreviations
// after its loop, by the word's hash and then code by code, where it cut and lowercased the word
// (`previousLower`) and asked the Set. The old check, written out: after "w." the next word
// starts a sentence unless w (four characters at most) lowercased is in the Set, or w is a lone
// capital (an initial).
function oldStartsSentence(w: string): boolean {
  // The word as tokenize keeps it: a trailing ' or ’, or 's or ’s after a character, left off.
  const raw = /['’]$/.test(w) ? w.slice(0, -1) : /^.+['’][sS]$/.test(w) ? w.slice(0, -2) : w;
  const initial = raw.length === 1 && /\p{Lu}/u.test(raw);
  const lower = raw.toLowerCase().replace(/’/g, "'");
  return !((raw.length <= 4 && NO_BREAK_AFTER.has(lower)) || initial);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Every word of `length` characters over `alphabet`, in turn. */
function* wordsOf(alphabet: string, length: number): Generator<string> {
  const at = new Array<number>(length).fill(0);
  for (;;) {
    let w = "";
    for (const k of at) w += alphabet[k];
    yield w;
    let k = length - 1;
    while (k >= 0 && at[k] === alphabet.length - 1) at[k--] = 0;
    if (k < 0) return;
    at[k] = (at[k] as number) + 1;
  }
}

/**
 * Tokenizes the words in batches, each as "w. Next", and checks the word after each dot
 * against the old check; gives how many words were checked.
 */
function checkAll(words: Iterable<string>): number {
  let checked = 0;
  let batch: string[] = [];
  const flush = () => {
    const tokens = tokenize(batch.map((w) => `${w}. Next`).join(" "));
    expect(tokens.length).toBe(2 * batch.length);
    for (let b = 0; b < batch.length; b++) {
      const w = batch[b] as string;
      const starts = (tokens.flags(2 * b + 1) & TokenFlag.SentenceStart) !== 0;
      if (starts !== oldStartsSentence(w)) expect([w, starts]).toEqual([w, oldStartsSentence(w)]);
    }
    checked += batch.length;
    batch = [];
  };
  for (const w of words) {
    batch.push(w);
    if (batch.length === 20_000) flush();
  }
  if (batch.length > 0) flush();
  return checked;
}

describe("tokenize's abbreviation check", () => {
  it("agrees with the old check on every word of one to four ASCII letters, in any case", () => {
    let checked = 0;
    for (let length = 1; length <= 4; length++) checked += checkAll(wordsOf(LETTERS, length));
    // 52 + 52^2 + 52^3 + 52^4
    expect(checked).toBe(7_454_980);
  }, 120_000);

  it("agrees on short words with digits, & and apostrophes, and on words beyond ASCII", () => {
    const words = [...wordsOf("mrsM1&'", 3), ...wordsOf("dr1'", 4)].filter((w) =>
      /^[a-zA-Z0-9](?:[&'][a-zA-Z0-9]|[a-zA-Z0-9])*$/.test(w),
    );
    words.push(
      "Mr",
      "MRS",
      "Prof",
      "cmdr",
      "Ｍr",
      "Ｍ",
      "Ms’",
      "Mṙ",
      "Dr’s",
      "Mrs’s",
      "Capts",
      "Sen'",
    );
    expect(checkAll(words)).toBe(words.length);
  });

  it("finds each abbreviation in the text it is in", () => {
    for (const w of NO_BREAK_AFTER) {
      const cap = w.charAt(0).toUpperCase() + w.slice(1);
      const tokens = tokenize(
        `Seen by ${cap}. Lima and ${w.toUpperCase()}. Lima. Then ${w}. Next.`,
      );
      const starts = tokens
        .views()
        .filter((t) => t.sentenceStart)
        .map((t) => t.raw);
      expect(starts).toEqual(["Seen", "Then"]);
    }
  });
});
