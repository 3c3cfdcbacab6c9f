import { describe, expect, it } from "vitest";
import { ArticleSoFar } from "./article-so-far.js";
import { FeatureTable } from "./text-features.js";
import { underSubhead } from "./under-subhead.js";

const STORY = [
  "Marta Lindqvist, who chairs the harbour board, said on Tuesday that the ferry timetable would change in spring after a year of complaints from commuters.",
  "Lindqvist said the board had counted late ferry departures on every weekday since March and found the winter crossings the worst.",
  "Commuters on the island have asked the harbour board for an earlier ferry, and the council has promised to pay for a second crew.",
];
const LINE = "Winter Crossings Under Review";
const GOES_ON =
  "Lindqvist said the harbour board would publish the winter ferry figures for each crossing before the council meets next month.";
const NEW_STORY =
  "Oren Bakshi opened a bakery in the old station building on Saturday, selling rye loaves and cardamom buns to a queue that reached the bridge.";

function atGapUnderLine(next: string): boolean {
  const table = new FeatureTable([...STORY, LINE, next]);
  const body = [0, 1, 2, 3, 4];
  return underSubhead(table, body, 4, 0, () => new ArticleSoFar(table));
}

describe("a decoded start under a title-like line", () => {
  it("is barred where the prose under the line goes on with the article's cast and words", () => {
    expect(atGapUnderLine(GOES_ON)).toBe(true);
  });

  it("is left to the gap evidence where the prose under the line is a new story's", () => {
    expect(atGapUnderLine(NEW_STORY)).toBe(false);
  });
});
