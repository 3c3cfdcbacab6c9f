import { describe, expect, it } from "vitest";
import { emptySpan } from "./article-span.js";
import { parseDump } from "./parse-dump.js";
import { isTeaserOverTitle, unheadTeasers } from "./teaser-titles.js";
import { oneALine } from "./test-support/one-a-line.js";
import { FeatureTable, paragraphFeatures } from "./text-features.js";

// Written for this test: a page's teaser run into its title, titles of two sentences, and a
// ferry story under them.
const TEASER =
  "The harbour board voted on Tuesday to add three crossings to the winter timetable. Ferries to run all winter";
const FERRIES = [
  "The Kestrel Bay harbour board voted on Tuesday to keep the island ferries running through the winter for the first time.",
  "Board members said three extra crossings a week would cost less than the subsidy paid to the island's shops last year.",
  "Islanders have asked for a winter service since the last cargo boat was withdrawn four years ago.",
];

const teaser = (text: string) => isTeaserOverTitle(text, paragraphFeatures(text));

describe("a teaser run into its title", () => {
  it("reads a long sentence in sentence case, then a bare title, as a teaser", () => {
    expect(teaser(TEASER)).toBe(true);
  });

  it("leaves titles of two sentences and plain titles", () => {
    // The second sentence points back at the first.
    expect(
      teaser("The harbour board voted to add three winter crossings. Here's what changes"),
    ).toBe(false);
    // A short first sentence, a title's first clause.
    expect(teaser("Islanders want a winter ferry. The board agrees")).toBe(false);
    // The second sentence ends with a mark: the title's own.
    expect(
      teaser("The harbour board voted to add three winter crossings to the timetable. Finally!"),
    ).toBe(false);
    // An abbreviation's stop is no sentence's end.
    expect(
      teaser("Why islanders keep taking the harbour board to court vs. Kestrel Bay Council"),
    ).toBe(false);
    expect(teaser("Kestrel Bay Ferries to Run Through the Winter")).toBe(false);
  });

  it("leaves the line as a headless article's first paragraph, its headline derived", () => {
    const [article] = parseDump([TEASER, ...FERRIES].join("\n")).articles;
    expect(article?.headlineSource).toBe("derived");
    expect(article?.paragraphs[0]).toBe(TEASER);
  });

  it("keeps a headline with a dek or byline under it", () => {
    const texts = [TEASER, "By Mara Quist", ...FERRIES];
    const table = new FeatureTable(texts);
    const span = { ...emptySpan(0), last: texts.length - 1, headline: 0, bylines: [1] };
    expect(unheadTeasers([span], oneALine(texts), table.paragraphs)[0]?.headline).toBe(0);
  });
});
