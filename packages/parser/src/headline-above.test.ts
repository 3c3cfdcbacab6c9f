import { describe, expect, it } from "vitest";
import { ArticleSoFar } from "./article-so-far.js";
import { startAtHeadlineAbove } from "./headline-above.js";
import { oneALine } from "./test-support/one-a-line.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: a ferry story, a line in headline shape, and the prose under it.
const FERRY = [
  "The harbour board in Kestrel Bay voted on Tuesday to add three evening ferry crossings to the winter timetable.",
  "Board chair Osric Pell said the extra sailings would start in November, paid from the harbour's reserve fund.",
  "Islanders had complained for years that the last boat left the mainland before most shifts ended.",
  "Pell said the board would count passengers on the new sailings before it reviewed the timetable in spring.",
];
const ORCHARDS = [
  "Apple growers across the Vell valley say a frost in the first week of May destroyed half of the orchards' blossom. It was the worst damage in twenty years, the growers' cooperative said on Monday.",
  "The growers' cooperative in the Vell valley has asked the council for loans to pay pickers through a thin apple harvest.",
  "Some orchards lit fires between the rows overnight, but the frost settled too fast in the lower fields.",
];

function startOf(line: string, above: readonly string[] = FERRY): number {
  const texts = [...above, line, ...ORCHARDS];
  const paragraphs = oneALine(texts);
  const table = new FeatureTable(texts);
  const soFar = new ArticleSoFar(table);
  const at = above.length + 1;
  soFar.reset(0, at - 1);
  return startAtHeadlineAbove(paragraphs, table, at, 0, soFar);
}

describe("a start taken a paragraph under its headline", () => {
  const headline = "Frost Takes Half of Vell Valley Apple Blossom";

  it("moves up onto the line above when its words come back under it and not above it", () => {
    expect(startOf(headline)).toBe(FERRY.length);
  });

  it("stays where the line's words come back in the story above: a subhead of that story", () => {
    const above = [
      ...FERRY.slice(0, 3),
      "Growers in the Vell valley fear the frost has taken the apple blossom too.",
    ];
    expect(startOf(headline, above)).toBe(above.length + 1);
  });

  it("stays where the line's words do not come back under it", () => {
    expect(startOf("Ferry Fares Frozen Until Spring Review")).toBe(FERRY.length + 1);
  });
});
