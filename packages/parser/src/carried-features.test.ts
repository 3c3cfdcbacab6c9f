import { describe, expect, it } from "vitest";
import type { LexicalFeatures } from "./lexical-features.js";
import { KEYS, STEMS, SURNAMES, TITLED_REFS, termsOf } from "./term-store.js";
import { FeatureTable } from "./text-features.js";

/** What a lexical record says, apart from where its term lists are stored (term-store.ts). */
function contentOf(f: LexicalFeatures) {
  return {
    words: f.words,
    keys: termsOf(f, KEYS),
    surnames: termsOf(f, SURNAMES),
    titledRefs: termsOf(f, TITLED_REFS),
    stems: termsOf(f, STEMS),
    hasFullName: f.hasFullName,
    additive: f.additive,
    dayAnchor: f.dayAnchor,
    openingNoun: f.openingNoun,
    hardNewsCues: f.hardNewsCues,
    ledeLike: f.ledeLike,
    endingLike: f.endingLike,
  };
}

// Written for this test: a short item about a library's hours, a pull quote, then more text.
const TEXTS = [
  "Library Hours Cut Over Winter",
  "The county library at Fenwick Row will close at five on weekdays from December, its board said on Thursday.",
  '"We would rather open fewer hours than close a branch," said board chair Imelda Crane.',
  "Ms. Crane said the board would review the hours in March.",
  "Readers who study there after work said the change left them nowhere to go.",
];
const LINES = [1, 3, 5, 7, 9];

describe("FeatureTable reusing a piece's features", () => {
  it("gives what a table of the texts alone gives, where the lines and texts agree", () => {
    const first = new FeatureTable(TEXTS, LINES);
    for (let i = 0; i < TEXTS.length; i++) first.lexical(i);
    // A neighbour's mark (a pull quote, a link list) is the first piece's, not the text's.
    (first.paragraphs[2] as { kind: string }).kind = "boilerplate";
    const carried = first.carryFrom(3);
    const texts = [
      ...TEXTS.slice(1, 4),
      "Another line the first piece never read.",
      TEXTS[4] as string,
    ];
    const lines = [3, 5, 7, 8, 9];
    const reused = new FeatureTable(texts, lines, carried);
    const fresh = new FeatureTable(texts);
    expect(reused.paragraphs).toEqual(fresh.paragraphs);
    for (let i = 0; i < texts.length; i++)
      expect(contentOf(reused.lexical(i))).toEqual(contentOf(fresh.lexical(i)));
  });

  it("reads a paragraph again where its text differs on the same line", () => {
    const carried = new FeatureTable(TEXTS, LINES).carryFrom(1);
    const texts = ["Library Hours Cut Over Winter, Board Says", ...TEXTS.slice(1)];
    expect(new FeatureTable(texts, LINES, carried).paragraphs).toEqual(
      new FeatureTable(texts).paragraphs,
    );
  });
});
