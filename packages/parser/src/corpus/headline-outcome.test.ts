import { describe, expect, it } from "vitest";
import { span } from "../test-support/piece-stories.js";
import { headlineOutcome, startRule } from "./headline-outcome.js";

// Written for this test.
const TITLE = "Harbour Ferry Timetable Changes for Winter";

describe("a found article's headline outcome", () => {
  it("is right for the dump's own title, or a derived one where none stood", () => {
    expect(headlineOutcome(TITLE, { headline: TITLE, headlineSource: "dump" })).toBe("right");
    expect(headlineOutcome(null, { headline: "Ferry changes", headlineSource: "derived" })).toBe(
      "right",
    );
  });

  it("tells a missing title from another line and from a line taken where none stood", () => {
    const derived = { headline: "Ferry changes", headlineSource: "derived" } as const;
    const line = { headline: "By the harbourmaster", headlineSource: "dump" } as const;
    expect(headlineOutcome(TITLE, derived)).toBe("missing");
    expect(headlineOutcome(TITLE, line)).toBe("another line");
    expect(headlineOutcome(null, line)).toBe("line where none");
  });
});

describe("the rule that opened a found span", () => {
  it("names the first, a hard break, an explicit kind and the three headless ones", () => {
    expect(startRule(span(0, 4), true)).toBe("dump's first");
    expect(startRule(span(5, 9), false)).toBe("hard break");
    expect(startRule(span(5, 9, "byline", 1.5), false)).toBe("byline");
    expect(startRule(span(5, 9, "gap", 0), false)).toBe("parted");
    expect(startRule({ ...span(5, 9, "gap", 2), reach: 6 }, false)).toBe("decoded cut");
    expect(startRule(span(5, 9, "gap", 2), false)).toBe("gap by gap");
    expect(startRule(undefined, false)).toBe("not a span");
  });
});
