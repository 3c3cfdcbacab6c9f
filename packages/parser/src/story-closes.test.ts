import { describe, expect, it } from "vitest";
import { isAppealOrDisclaimer, isCopyright, StoryCloses } from "./story-closes.js";
import { FeatureTable } from "./text-features.js";

describe("lines that close a story by their kind", () => {
  const table = new FeatureTable([
    "The ferry company said on Tuesday it would run a late boat from March, after months of complaints.",
    "© 2026 Norland Features Syndicate",
    "Copyright 2026 by Harbour Press. All rights reserved.",
    "Write to Mara Quill at mq@example.com",
    "Read more from Mara Quill's archive.",
    "Read more: The week in pictures",
    "Regulars queued round the block for the last loaves, and read the notices on the door twice.",
    "Tips for the harbour desk go to @harbourdesk.",
  ]);
  const closes = new StoryCloses();

  it("reads a copyright line, debris or body text", () => {
    expect(closes.closes(table, 1)).toBe(true);
    expect(closes.closes(table, 2)).toBe(true);
  });

  it("reads a closing line, but not a prompt that is page debris", () => {
    expect(table.paragraphs[3]?.kind).toBe("boilerplate");
    expect(closes.closes(table, 3)).toBe(true);
    expect(table.paragraphs[7]?.kind).toBe("text");
    expect(closes.closes(table, 7)).toBe(true);
    expect(table.paragraphs[5]?.kind).toBe("boilerplate");
    expect(closes.closes(table, 5)).toBe(false);
  });

  it("leaves prose alone", () => {
    expect(closes.closes(table, 0)).toBe(false);
    expect(closes.closes(table, 6)).toBe(false);
  });

  it("keeps a copyright line short", () => {
    expect(isCopyright("Copyright 2026 Harbour Press")).toBe(true);
    expect(isCopyright(`Copyright law ${"says many things ".repeat(8)}`)).toBe(false);
  });

  it("reads a reader's appeal or a column's disclaimer, long or short, but not prose", () => {
    const appeal =
      "If this column helped you, please consider supporting the harbour desk with a subscription, so that we can keep reporting on the ferries, the fish market and the council's plans for the quay this winter.";
    const disclaimer =
      "The views expressed in this column are the writer's own and not those of the Harbour Press.";
    const longer = new FeatureTable([appeal, disclaimer, `${appeal} ${appeal}`]);
    expect(closes.closes(longer, 0)).toBe(true);
    expect(closes.closes(longer, 1)).toBe(true);
    // Past 60 words it is prose that happens to ask.
    expect(closes.closes(longer, 2)).toBe(false);
    expect(isAppealOrDisclaimer("Voters will consider the plan on Tuesday.")).toBe(false);
  });
});
