import { describe, expect, it } from "vitest";
import { storyEchoFall } from "./story-echo.js";
import { stemsOf, TermWindow } from "./term-window.js";
import { FeatureTable } from "./text-features.js";

// Written for the project: a harbour story whose paragraphs keep drawing on its words and cast.
const STORY = [
  "Marta Lindqvist, who chairs the harbour board, said on Tuesday that the ferry timetable would change in spring after a year of complaints from commuters.",
  "Lindqvist said the board had counted late ferry departures on every weekday since March and found the winter crossings the worst.",
  "Commuters on the island have asked the harbour board for an earlier ferry, and the council has promised to pay for a second crew.",
  "The council's transport committee will hear the harbour board's ferry figures in April, Lindqvist said, before the spring timetable is printed.",
];
const GOES_ON =
  "Island commuters told the harbour board that the winter ferry crossings ran late on most weekdays, and Lindqvist promised a second crew.";
const NEW_STORY =
  "Oren Bakshi opened a bakery in the old station building on Saturday, selling rye loaves and cardamom buns to a queue that reached the bridge.";

function fallBefore(next: string, from = 0): number {
  const table = new FeatureTable([...STORY, next]);
  const body = [0, 1, 2, 3, 4];
  const story = new TermWindow(stemsOf);
  story.cover(from, 4, (k) => table.lexical(body[k] as number));
  return storyEchoFall(story, table, body, from, 4);
}

describe("storyEchoFall", () => {
  it("rises past the middle where a would-be lede draws on none of the story above", () => {
    expect(fallBefore(NEW_STORY)).toBeGreaterThan(0.7);
  });

  it("stays at or under the middle where the paragraph goes on with the story's words", () => {
    expect(fallBefore(GOES_ON)).toBeLessThanOrEqual(0.5);
    expect(fallBefore(GOES_ON)).toBeLessThan(fallBefore(NEW_STORY));
  });

  it("is neutral with fewer than two paragraphs above", () => {
    expect(fallBefore(NEW_STORY, 3)).toBe(0.5);
  });
});
