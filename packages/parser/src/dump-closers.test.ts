import { describe, expect, it } from "vitest";
import { emptySpan, type Head } from "./article-span.js";
import { closerWords, dumpClosers, NO_CLOSERS } from "./dump-closers.js";
import { standsAnywhere } from "./page-debris.js";
import { FeatureTable } from "./text-features.js";

function headAt(first: number): Head {
  return { span: emptySpan(first), bodyStart: first + 1 };
}

describe("a dump's closing lines", () => {
  const texts = [
    "Harbour Ferries Add a Night Crossing",
    "The ferry company said on Tuesday it would run a late boat from March, after months of complaints from shift workers.",
    "Mara Quill reported from the harbour for the evening edition.",
    "Council Delays Vote on Library Hours",
    "The city council put off a vote on longer library hours until its budget is settled next month.",
    "Councillors said the cost of staff was the sticking point.",
    "Tomas Brandt reported from the council chamber for the evening edition.",
    "A bakery on the high street closed after forty years, its owners said, citing the price of flour.",
    "Regulars queued round the block for the last loaves.",
  ];
  const table = new FeatureTable(texts);

  it("reads the line above each explicit start after the first", () => {
    const closers = dumpClosers(table, [headAt(0), headAt(3)]);
    expect(closers.size).toBe(1);
    expect(closers.repeats(table, 6)).toBe(true);
    expect(closers.repeats(table, 5)).toBe(false);
    expect(closers.repeats(table, 7)).toBe(false);
  });

  it("reads a source's own debris (a write-to line) as a closing line, and its repeats", () => {
    const debris = new FeatureTable([
      "Budget Passes",
      "Write to Mara Quill at mq@example.com",
      "Rates Rise",
      "The central bank raised its rate by a quarter point on Tuesday.",
      "Write to Tomas Brandt at tb@example.com",
    ]);
    expect(debris.paragraphs[1]?.kind).toBe("boilerplate");
    const closers = dumpClosers(debris, [headAt(0), headAt(2)]);
    expect(closers.size).toBe(1);
    expect(closers.repeats(debris, 4)).toBe(true);
  });

  it("leaves out debris that stands anywhere on a page: pictures, links, players", () => {
    for (const line of [
      "Photo: Ragna Solberg/Norland Wire",
      "Image: Ferry passengers wait on the pier at Granvik.",
      "Teodor Vance/AFP via Getty Images",
      "Read more: The week in pictures",
      "Watch: Floodwater sweeps through the valley",
      "Listen to this article · 4 min",
      "Share this article",
      "5 min read",
      // Links and players by the same patterns as isPageDebris: bracketed, or under any label.
      "( Watch: Floodwater sweeps through the valley)",
      "Don't miss » The week's best pictures from the coast",
      "Further reading:",
      "Ferry fares rise again as winter timetable starts Read more ›",
      "Listen · 4:32",
    ]) {
      expect(standsAnywhere(line)).toBe(true);
      const debris = new FeatureTable(["Budget Passes", line, "Rates Rise"]);
      expect(debris.paragraphs[1]?.kind).toBe("boilerplate");
      expect(dumpClosers(debris, [headAt(0), headAt(2)])).toBe(NO_CLOSERS);
    }
    expect(standsAnywhere("Write to Mara Quill at mq@example.com")).toBe(false);
    expect(standsAnywhere("Follow us on X and Instagram")).toBe(false);
  });

  it("has none without a second explicit start", () => {
    expect(dumpClosers(table, [headAt(0)])).toBe(NO_CLOSERS);
    expect(NO_CLOSERS.repeats(table, 6)).toBe(false);
  });

  it("takes a short paragraph's distinct words, case folded", () => {
    const words = closerWords(new FeatureTable(["Send tips to the desk, send them TO us"]), 0);
    expect(words?.length).toBe(7);
    expect(closerWords(new FeatureTable(["Thanks, all"]), 0)).toBeNull();
  });
});
