import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveHeadline, firstSentence, MAX_DERIVED_HEADLINE } from "./derive-headline.js";
import { datelineOf } from "./line-kinds.js";

const DANGLING = /\b(?:a|an|the|and|or|but|of|to|in|on|at|for|from|with|by)$/i;

/** Pads `tail` on the left with words so that it ends at column `end`. */
function endingAt(tail: string, end: number): string {
  const words = [
    "Harbour",
    "pilots",
    "in",
    "the",
    "northern",
    "port",
    "said",
    "on",
    "Tuesday",
    "that",
  ];
  let text = tail;
  for (let i = 0; text.length < end; i++) text = `${words[i % words.length]} ${text}`;
  return text.slice(text.length - end);
}

describe("firstSentence", () => {
  it("stops at the first full stop", () => {
    expect(firstSentence("The pier opened. Crowds came.")).toBe("The pier opened.");
  });

  it("skips the full stops of titles and initials", () => {
    expect(firstSentence("Mr. Ness and Anna K. Berg met Dr. Lund. They talked.")).toBe(
      "Mr. Ness and Anna K. Berg met Dr. Lund.",
    );
  });

  it("keeps a closing quote and takes ! and ?", () => {
    expect(firstSentence("“Will it float?” He laughed.")).toBe("“Will it float?”");
    expect(firstSentence("It floats! Nobody expected it.")).toBe("It floats!");
  });

  it("does not end a sentence before a lower-case word", () => {
    expect(firstSentence("“Will it float?” she asked. He laughed.")).toBe(
      "“Will it float?” she asked.",
    );
  });

  it("returns the whole text when it has no sentence end", () => {
    expect(firstSentence("no sentence end here")).toBe("no sentence end here");
  });
});

describe("deriveHeadline", () => {
  it("uses a short first sentence, without its full stop", () => {
    expect(deriveHeadline("The ferry pier will be rebuilt. Work starts in summer.")).toBe(
      "The ferry pier will be rebuilt",
    );
  });

  it("keeps a question mark", () => {
    expect(deriveHeadline("Can a wooden pier survive another winter? Engineers doubt it.")).toBe(
      "Can a wooden pier survive another winter?",
    );
  });

  it.each([
    [
      "KYIV, Ukraine — Drones struck the power grid overnight. More followed.",
      "Drones struck the power grid overnight",
    ],
    ["LONDON (Reuters) - Shares fell in early trading. Banks led.", "Shares fell in early trading"],
    ["PORT ALDWIN, Norland — the council voted on Tuesday.", "The council voted on Tuesday"],
  ])("strips the dateline of %j", (lede, headline) => {
    expect(deriveHeadline(lede)).toBe(headline);
  });

  it("cuts a long lede at a clause boundary when one is far enough in", () => {
    const lede =
      "The town council of Port Aldwin voted on Tuesday to rebuild the wooden ferry pier, which has carried fishing crews across the estuary for more than a century.";
    expect(deriveHeadline(lede)).toBe(
      "The town council of Port Aldwin voted on Tuesday to rebuild the wooden ferry pier",
    );
  });

  it("cuts a long lede at a whole word and drops dangling words", () => {
    const lede = `${endingAt("would go to the", 88)} shipbuilding consortium that repaired the bridge.`;
    const headline = deriveHeadline(lede);
    expect(headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
    expect(headline).toMatch(/would go$/);
  });

  // Bug: a spaced hyphen or en dash used as a dash is a word of its own; the dangling-word
  // loop stops at it (it has no letters), then the trailing-punctuation strip removes it and
  // exposes "the". Lede: "... would go to the – shipbuilding consortium ..." with the cut
  // right after the dash. Expected "... would go", actual "... would go to the". Running the
  // dangling loop after stripping trailing punctuation (or treating " – " and " - " as
  // clause boundaries like " — ") fixes it.
  it("drops a dangling word left in front of a spaced en dash or hyphen", () => {
    for (const dash of ["–", "-"]) {
      const lede = `${endingAt(`would go to the ${dash}`, 89)} shipbuilding consortium that repaired it.`;
      expect(deriveHeadline(lede)).not.toMatch(DANGLING);
    }
  });

  // Bug: capitalize() upper-cases the first character after the length cut, and some
  // characters grow: "ﬁ" -> "FI", "ß" -> "SS". A lede opening with "ﬁshermen" gives a
  // 91-character headline ("FIshermen ..."). Upper-casing only when the result keeps its
  // length (or capitalizing before cutting) fixes it.
  it("never exceeds 90 characters, whatever the first letter", () => {
    const lede =
      "ﬁshermen in the harbour district said on Tuesday that the long strike over wages would end soon for them and all";
    expect(deriveHeadline(lede).length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
  });

  const word = fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[a-zà-öø-ÿ]{1,12}$/) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,10}$/) },
    {
      weight: 2,
      arbitrary: fc.constantFrom("the", "and", "of", "to", "a", "in", "for", "with", "by"),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom("—", "Mr.", "U.S.", "“quoted”", "said,", "town;", "42"),
    },
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => w.join(" "));
  const dateline = fc.constantFrom("", "KYIV, Ukraine — ", "LONDON (Reuters) - ", "PORT ALDWIN — ");
  const lede = fc
    .tuple(dateline, fc.array(sentence, { minLength: 1, maxLength: 3 }))
    .map(([d, sentences]) => `${d}${sentences.map((s) => `${s}.`).join(" ")}`);

  it("is at most 90 characters, a whole-word prefix of the lede without its dateline", () => {
    fc.assert(
      fc.property(lede, (text) => {
        const headline = deriveHeadline(text);
        expect(headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
        const dateline = datelineOf(text);
        const body = dateline ? text.slice(dateline.length).trim() : text;
        // A prefix, but for the capital it may have gained.
        expect(headline.slice(1)).toBe(body.slice(1, headline.length));
        expect(headline[0]?.toLowerCase()).toBe(body[0]?.toLowerCase());
        // Never cut mid-word.
        expect(`${body[headline.length] ?? " "}`).toMatch(/[^\p{L}\p{N}]/u);
      }),
      { numRuns: 300 },
    );
  });

  it("never ends on a dangling word when it had to be cut", () => {
    const plain = fc
      .array(
        fc.oneof(fc.stringMatching(/^[a-z]{2,9}$/), fc.constantFrom("the", "and", "of", "to")),
        {
          minLength: 20,
          maxLength: 40,
        },
      )
      .map((w) => `${w.join(" ")}.`);
    fc.assert(
      fc.property(plain, (text) => {
        fc.pre(text.length > MAX_DERIVED_HEADLINE + 1);
        const headline = deriveHeadline(text);
        if (headline.split(" ").length > 3) expect(headline).not.toMatch(DANGLING);
        expect(headline).not.toMatch(/[\s,;:—–-]$/u);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic and capitalized", () => {
    fc.assert(
      fc.property(lede, (text) => {
        const headline = deriveHeadline(text);
        expect(deriveHeadline(text)).toBe(headline);
        const first = headline[0] ?? "";
        expect(first).toBe(first.toUpperCase());
      }),
      { numRuns: 100 },
    );
  });
});
