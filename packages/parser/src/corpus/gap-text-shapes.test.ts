import { describe, expect, it } from "vitest";
import { aboveShapes, ledeShapes } from "./gap-text-shapes.js";

describe("ledeShapes", () => {
  it("tags a dateline, a figure, a present perfect and a new full name", () => {
    const tags = ledeShapes(
      "OSLO — Maria Jensen has won 3 races this year, officials said.",
      "The council met on Monday.",
    );
    expect(tags).toEqual([
      "dateline",
      "figure",
      "present perfect",
      "speech in first sentence",
      "new full name",
    ]);
  });

  it("tells a name the story above used from a new one, and reads openings", () => {
    expect(ledeShapes("But Maria Jensen disagreed.", "Jensen spoke first.")).toEqual([
      "continuation opening",
      "full name seen above",
    ]);
    expect(ledeShapes("In Bergen, the rain kept on.", "")).toEqual(["place opening"]);
    expect(ledeShapes("“We are done,” he said.", "")).toEqual([
      "quote opening",
      "speech in first sentence",
    ]);
  });
});

describe("aboveShapes", () => {
  it("tags a quotation's end with speech, and a short line with no stop", () => {
    expect(aboveShapes("The mayor was blunt. She said: “It is over.”")).toEqual([
      "ends on a quote",
      "speech in last sentence",
      "short",
    ]);
    expect(aboveShapes("Photo by a staff photographer")).toEqual(["no sentence end", "short"]);
  });
});
