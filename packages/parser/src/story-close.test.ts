import { describe, expect, it } from "vitest";
import { closesStory } from "./story-close.js";
import { countWords } from "./words.js";

const closes = (text: string) => closesStory(text, countWords(text));

describe("a story's close above a gap", () => {
  it("reads sign-offs, prompts and copyright lines as a close", () => {
    expect(closes("© 2026 Kestrel Bay Courier Syndicate")).toBe(true);
    expect(closes("Copyright 2026 The Harbour Ledger. All rights reserved.")).toBe(true);
    expect(closes("Go deeper: The ferry timetable, explained")).toBe(true);
    expect(closes("Ines Calder contributed to this report.")).toBe(true);
  });

  it("leaves prose alone, even prose that names a copyright", () => {
    expect(closes("The harbour board voted on Tuesday to add three evening crossings.")).toBe(
      false,
    );
    expect(
      closes(
        `The museum said the copyright in the photographs had passed to the family, ${"and that the archive would stay open to readers through the winter ".repeat(3)}`,
      ),
    ).toBe(false);
  });
});
