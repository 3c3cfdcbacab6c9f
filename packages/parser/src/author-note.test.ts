import { describe, expect, it } from "vitest";
import { isAuthorNote } from "./author-note.js";

describe("isAuthorNote", () => {
  it("reads a column's closing note on its author", () => {
    expect(
      isAuthorNote(
        "Dana Whitfield is a senior editor at the Harbor Review and writes about courts and housing.",
      ),
    ).toBe(true);
    expect(isAuthorNote("Tomas Reyes is the author of a book on river towns.")).toBe(true);
    expect(isAuthorNote("Priya Nair is a fellow at the Institute for Coastal Policy.")).toBe(true);
  });

  it("leaves prose alone, and a name's sentence that says no one's work", () => {
    expect(isAuthorNote("The council voted 7-2 on Tuesday to close the pier.")).toBe(false);
    expect(isAuthorNote("Marsh is a lifelong resident of the valley.")).toBe(false);
    expect(isAuthorNote("said Dana Whitfield, a senior editor at the Harbor Review.")).toBe(false);
  });

  it("takes no long paragraph for a note", () => {
    const long = `Dana Whitfield is a senior editor at the Review. ${"She spent years on the beat. ".repeat(12)}`;
    expect(isAuthorNote(long)).toBe(false);
  });
});
