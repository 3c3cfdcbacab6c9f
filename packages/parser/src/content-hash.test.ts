import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash, foldForHash } from "./content-hash.js";
import { parseDump } from "./parse-dump.js";

// A fictional article written for these tests, in curly quotes and em dashes.
const CURLY = [
  "The council voted on Tuesday to rebuild the ferry pier — the oldest on the Brenn estuary.",
  "“Another winter of storms and we would have been tying up to driftwood,” said Halvard Ness, the ferry’s captain.",
  "Work starts in late summer… and should last eighteen months.",
];
const STRAIGHT = [
  "The council voted on Tuesday to rebuild the ferry pier - the oldest on the Brenn estuary.",
  '"Another winter of storms and we would have been tying up to driftwood," said Halvard Ness, the ferry\'s captain.',
  "Work starts in late summer... and should last eighteen months.",
];

describe("foldForHash", () => {
  it("folds quotes, dashes, ellipses, spaces, case and compatibility forms", () => {
    expect(foldForHash("  “Quoted” ‘single’ — en–dash …  ﬁne\u00a0Café ")).toBe(
      "\"quoted\" 'single' - en-dash ... fine café",
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(foldForHash(foldForHash(text))).toBe(foldForHash(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe("contentHash", () => {
  it("is a sha256 hex digest", () => {
    expect(contentHash(CURLY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is the same for curly and straight quotes, em dashes and hyphens", () => {
    expect(contentHash(CURLY)).toBe(contentHash(STRAIGHT));
  });

  it("is the same whatever the whitespace inside and around paragraphs", () => {
    const spaced = CURLY.map((p) => `  ${p.replace(/, /g, ",\u00a0").replaceAll(" ", "  \t")}\n`);
    expect(contentHash(spaced)).toBe(contentHash(CURLY));
  });

  it("is the same for composed and decomposed accents", () => {
    expect(contentHash(["Café in Zürich"])).toBe(contentHash(["Cafe\u0301 in Zu\u0308rich"]));
  });

  it("changes when a word changes", () => {
    const changed = [...CURLY];
    changed[1] = (changed[1] as string).replace("winter", "summer");
    expect(contentHash(changed)).not.toBe(contentHash(CURLY));
  });

  it("changes when a paragraph is added or dropped", () => {
    expect(contentHash(CURLY.slice(0, 2))).not.toBe(contentHash(CURLY));
    expect(contentHash([...CURLY, "One more line."])).not.toBe(contentHash(CURLY));
  });

  it("does not change when paragraphs only differ in folded characters", () => {
    const variant = fc.constantFrom<[string, string]>(
      ["“", '"'],
      ["”", '"'],
      ["’", "'"],
      ["—", "-"],
      ["–", "-"],
      [" ", "  "],
      [" ", "\u00a0"],
      ["…", "..."],
    );
    fc.assert(
      fc.property(fc.array(variant, { maxLength: 8 }), (swaps) => {
        let text = CURLY.join("\n");
        for (const [from, to] of swaps) text = text.replaceAll(from, to);
        expect(contentHash(text.split("\n"))).toBe(contentHash(CURLY));
      }),
      { numRuns: 100 },
    );
  });
});

describe("contentHash through parseDump", () => {
  const article = (paragraphs: string[], eol: string) =>
    ["Harbour Town Votes to Rebuild Its Old Ferry Pier", ...paragraphs].join(eol) + eol;

  it("is the same for the same article with CRLF or LF, curly or straight quotes", () => {
    const hashes = [
      parseDump(article(CURLY, "\n")),
      parseDump(article(CURLY, "\r\n")),
      parseDump(article(STRAIGHT, "\r")),
      parseDump(article(STRAIGHT, "\n\n")),
    ].map((r) => {
      expect(r.articles).toHaveLength(1);
      return r.articles[0]?.contentHash;
    });
    expect(new Set(hashes).size).toBe(1);
  });

  it("is the same for the article in a text dump and in a JSON dump", () => {
    const text = parseDump(article(CURLY, "\n")).articles[0]?.contentHash;
    const json = parseDump(JSON.stringify([{ title: "Pier", body: STRAIGHT.join("\n\n") }]));
    expect(json.articles[0]?.contentHash).toBe(text);
  });

  it("differs when one word of the body differs", () => {
    const changed = CURLY.map((p) => p.replace("eighteen", "nineteen"));
    expect(parseDump(article(changed, "\n")).articles[0]?.contentHash).not.toBe(
      parseDump(article(CURLY, "\n")).articles[0]?.contentHash,
    );
  });
});

describe("contentHash's byte path", () => {
  const reference = (paragraphs: readonly string[]) =>
    createHash("sha256")
      .update(paragraphs.map((p) => `${foldForHash(p)}\n`).join(""))
      .digest("hex");
  // Typography, whitespace, and letters and signs with and without their own folded form:
  // upper and lower case, final sigma, compatibility forms, marks and Hangul jamo that compose.
  const typography = fc.constantFrom(
    ..."‘’‚‛′`´“”„‟″«»‐‑‒–—―… \t\n\r\u000b\f\u00a0ÉéñÑ€śŚΣσςİßª²§\u0301\u1100\u1161\u11a8가",
  );

  it("hashes what foldForHash gives, for ASCII, typography and anything else", () => {
    const text = fc.oneof(
      fc.string({
        unit: fc.oneof(fc.string({ maxLength: 1, unit: "grapheme-ascii" }), typography),
      }),
      fc.string({ unit: "binary", maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (paragraphs) => {
        expect(contentHash(paragraphs)).toBe(reference(paragraphs));
      }),
      { numRuns: 2000 },
    );
  });

  it("hashes long ASCII paragraphs as foldForHash folds them, four bytes at a time", () => {
    // Words, capitals and single spaces, with now and then what stops the four-byte path.
    const piece = fc.constantFrom(..."ab|Cd|EFG| | |`|  |\t|\u0001|Z.|é".split("|"));
    const paragraph = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (paragraphs) => {
        expect(contentHash(paragraphs)).toBe(reference(paragraphs));
      }),
      { numRuns: 2000 },
    );
  });

  it("hashes ASCII after moved bytes as foldForHash folds it, four bytes at a time", () => {
    // Curly quotes, dashes, ellipses and runs of spaces move what follows them; the ASCII after
    // them is copied down a word at a time (foldAsciiWords) at every shift and alignment.
    const piece = fc.constantFrom(
      ..."ab|Cd|EFG|HIJK| | |`|  |\t|\u0001|Z.|é|’|“|—|…|\u00a0|É".split("|"),
    );
    const paragraph = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (paragraphs) => {
        expect(contentHash(paragraphs)).toBe(reference(paragraphs));
      }),
      { numRuns: 3000 },
    );
  });

  it("hashes articles longer than its first buffer", () => {
    const long = ["x“".repeat(40_000), "Été ".repeat(30_000), "ﷺ".repeat(5_000)];
    expect(contentHash(long)).toBe(reference(long));
  });
});
