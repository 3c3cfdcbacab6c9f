import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "./lines.js";
import { groupParagraphs } from "./paragraphs.js";
import { blankSeparated, wrap } from "./test-support/compose-dump.js";

// Fictional text written for these tests.
const PARAGRAPHS = [
  "The town council of Port Aldwin voted on Tuesday to rebuild the wooden ferry pier that has carried fishing crews and day visitors across the Brenn estuary for more than a century.",
  "The vote, seven to two, ends a dispute that split the harbour district. Supporters said the crossing keeps the island villages alive; opponents warned that the repair bill had doubled since the first survey was carried out in the autumn.",
  "Engineers hired by the council found that a third of the oak piles had rotted below the waterline. Work is expected to begin in late summer, when the tides are gentlest, and to last about eighteen months at a cost the council put at 4.2 million crowns.",
  "Ferry captain Halvard Ness, a well-known figure on the quay who has worked the crossing for thirty-one years, said the decision came just in time for the long-suffering crews and their passengers.",
  "The long-running, cross-border dispute over the ferry has drawn in well-connected ship-owners, second-generation fishermen, self-employed guides and a hard-pressed council whose cost-cutting plans were drawn up in a half-empty hall on the waterfront last spring.",
];

/** A sentence of at least `length` characters that ends with `tail`. */
function endingAt(tail: string, length: number): string {
  const words = "Pilots in the old northern port of Granvik said at dawn that".split(" ");
  let text = tail;
  for (let i = words.length - 1; text.length < length; i--)
    text = `${words[(i + words.length * 9) % words.length]} ${text}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

describe("groupParagraphs", () => {
  it("keeps one paragraph per line when lines are not hard-wrapped", () => {
    const paragraphs = groupParagraphs(PARAGRAPHS);
    expect(paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    expect(paragraphs.map((p) => [p.startLine, p.endLine, p.blankLinesBefore])).toEqual(
      PARAGRAPHS.map((_, i) => [i + 1, i + 1, 0]),
    );
  });

  it("counts the blank lines before each paragraph", () => {
    const lines = [
      "",
      "Headline Over the Story",
      "",
      "",
      PARAGRAPHS[0] as string,
      "",
      PARAGRAPHS[1] as string,
    ];
    const paragraphs = groupParagraphs(lines);
    expect(paragraphs.map((p) => [p.startLine, p.endLine, p.blankLinesBefore])).toEqual([
      [2, 2, 1],
      [5, 5, 2],
      [7, 7, 1],
    ]);
  });

  for (const width of [64, 78]) {
    it(`rejoins paragraphs hard-wrapped at ${width} columns exactly`, () => {
      const blocks = PARAGRAPHS.map((p) => wrap(p, width));
      expect(blocks.every((b) => b.length >= 3 && b.every((line) => line.length <= width))).toBe(
        true,
      );
      const paragraphs = groupParagraphs(blankSeparated(blocks));
      expect(paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
      let line = 1;
      for (const [i, block] of blocks.entries()) {
        expect(paragraphs[i]).toMatchObject({ startLine: line, endLine: line + block.length - 1 });
        line += block.length + 1;
      }
    });

    it(`rejoins words wrapped after their hyphen at ${width} columns`, () => {
      const blocks = PARAGRAPHS.map((p) => wrap(p, width, true));
      const lines = blankSeparated(blocks);
      expect(lines.filter((l) => /\p{L}-$/u.test(l)).length).toBeGreaterThan(0);
      expect(groupParagraphs(lines).map((p) => p.text)).toEqual(PARAGRAPHS);
    });
  }

  it("does not join a short headline or byline to the wrapped text under it", () => {
    const lines = [
      "Harbour Town Votes to Rebuild Its Old Ferry Pier",
      "By Marta Lindqvist",
      ...wrap(PARAGRAPHS[0] as string, 70),
      "",
      ...wrap(PARAGRAPHS[1] as string, 70),
    ];
    const texts = groupParagraphs(lines).map((p) => p.text);
    expect(texts).toEqual([
      "Harbour Town Votes to Rebuild Its Old Ferry Pier",
      "By Marta Lindqvist",
      PARAGRAPHS[0],
      PARAGRAPHS[1],
    ]);
  });

  it.each([60, 64, 68, 72, 76, 80])(
    "does not join the next headline to a paragraph's full last line, in a dump without blank lines wrapped at %i columns",
    (width) => {
      // The last line ends a sentence and is nearly full: the greedy rule alone would take the
      // short line under it for its tail.
      const last = endingAt("the harbour master welcomed the decision.", width - 8);
      const lines = [
        "Work starts in May.",
        last,
        "Library to open on Sundays",
        ...wrap(PARAGRAPHS[1] as string, width),
        ...wrap(PARAGRAPHS[2] as string, width),
      ];
      const texts = groupParagraphs(lines).map((p) => p.text);
      expect(texts).toEqual([
        "Work starts in May.",
        last,
        "Library to open on Sundays",
        PARAGRAPHS[1],
        PARAGRAPHS[2],
      ]);
    },
  );

  it("still joins a short last line that ends the sentence it carries on", () => {
    const lines = [...wrap(PARAGRAPHS[2] as string, 70), ...wrap(PARAGRAPHS[3] as string, 70)];
    expect(groupParagraphs(lines).map((p) => p.text)).toEqual([PARAGRAPHS[2], PARAGRAPHS[3]]);
  });

  it("keeps a list of short lines apart, and the headline and dek under it", () => {
    const lines = [
      "Related",
      "Storms Batter the Coast Again as Ferries Stay in Port",
      "Fishermen Count the Cost of a Long Winter",
      "New Bridge Opens Between the Two Islands",
      "",
      "Granvik Breaks Ground on a New Ferry Terminal",
      "The project would double the number of sailings to Holt by 2029.",
      "By Ragna Solberg",
    ];
    expect(groupParagraphs(lines).map((p) => p.text)).toEqual(lines.filter((l) => l !== ""));
  });

  it("opens a paragraph at a first-line indent", () => {
    const lines = PARAGRAPHS.flatMap((p) => wrap(`    ${p}`, 72).map((l) => l.trimEnd()));
    // The indent survives the wrap only on each paragraph's first line.
    expect(groupParagraphs(lines).map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  it("never joins lines longer than a wrap width", () => {
    const long = PARAGRAPHS.map((p) => `${p} ${p}`.slice(0, 140));
    expect(groupParagraphs(long)).toHaveLength(long.length);
  });

  it("rejoins any blank-separated dump wrapped at 60 to 80 columns", () => {
    // Words of news length and at least two paragraphs, so the dump has lines enough to show
    // its wrap width: one paragraph broken over two lines is as likely two short paragraphs.
    const word = fc.stringMatching(/^[a-z]{3,11}$/);
    const paragraph = fc
      .array(word, { minLength: 40, maxLength: 70 })
      .map((words) => `${words[0]?.toUpperCase()} ${words.join(" ")}.`);
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 60, max: 80 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        (texts, width, eol) => {
          const lines = splitLines(blankSeparated(texts.map((t) => wrap(t, width))).join(eol));
          expect(groupParagraphs(lines).map((p) => p.text)).toEqual(texts);
        },
      ),
      { numRuns: 60 },
    );
  });
});
