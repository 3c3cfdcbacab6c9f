import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { groupParagraphs } from "./paragraphs.js";
import { headOpening } from "./parted-start.js";
import { partShortHalves, SHORT_PIECE } from "./short-halves.js";
import { LEAST_PIECE } from "./split-halves.js";
import { FERRY, ORCHARD, span, spansParted, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";
import { bareOpening, partedWhere } from "./weak-halves.js";

// Briefs written for this test (test-support/piece-stories.ts), on subjects that share no word.
const brief = story;

function parted(texts: readonly string[], spans: ArticleSpan[]) {
  return spansParted(partShortHalves, texts, spans);
}

describe("a short found article in a dump of short stories", () => {
  it("is parted where its two briefs share no subject", () => {
    const texts = [...brief(FERRY, 4), ...brief(ORCHARD, 3)];
    expect(parted(texts, [span(0, 6)])).toEqual([
      [0, 3, undefined],
      [4, 6, "gap"],
    ]);
  });

  it("is left whole when it is one brief from end to end", () => {
    expect(parted(brief(ORCHARD, 7), [span(0, 6)])).toHaveLength(1);
  });

  it("is left whole when a piece would hold fewer than SHORT_PIECE paragraphs", () => {
    const texts = [...brief(FERRY, 5), ...brief(ORCHARD, SHORT_PIECE - 1)];
    expect(parted(texts, [span(0, texts.length - 1)])).toHaveLength(1);
  });

  it("is left to the parting of long articles from twice LEAST_PIECE paragraphs", () => {
    const texts = [...brief(FERRY, LEAST_PIECE), ...brief(ORCHARD, LEAST_PIECE)];
    expect(parted(texts, [span(0, texts.length - 1)])).toHaveLength(1);
  });
});

describe("the article a parting opens", () => {
  it("takes a title-like first line for its headline, as a piece begun there reads it", () => {
    const texts = [
      ...brief(FERRY, 4),
      "Orchard Growers Count the Cost of Frost",
      ...brief(ORCHARD, 3),
    ];
    const paragraphs = groupParagraphs(texts.flatMap((t) => [t, ""]));
    const table = new FeatureTable(texts);
    const [above, below] = partedWhere(
      [span(0, 7)],
      table,
      headOpening(paragraphs, table),
      () => 4,
    );
    expect(above?.last).toBe(3);
    expect(below?.first).toBe(4);
    expect(below?.headline).toBe(4);
    expect(below?.start?.kind).toBe("gap");
    // Opened bare, the line is the body's first and the headline is derived from it.
    const [, bare] = partedWhere([span(0, 7)], table, bareOpening, () => 4);
    expect(bare?.headline).toBeNull();
  });
});
