import { describe, expect, it } from "vitest";
import { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { closingLineKind, closingLinesToStoryAbove, isClosingLine } from "./closing-lines.js";
import type { Paragraph } from "./paragraphs.js";
import { oneALine } from "./test-support/one-a-line.js";
import { FeatureTable } from "./text-features.js";

describe("closing lines", () => {
  it("reads prompts to read or follow more, contacts and contributor notes as closes", () => {
    expect(closingLineKind("Read more: How the harbour board set its winter timetable")).toBe(
      "call to action",
    );
    expect(closingLineKind("Go deeper:")).toBe("call to action");
    expect(closingLineKind("Sign up for our morning briefing on island transport")).toBe(
      "call to action",
    );
    expect(closingLineKind("Osric Pell covers transport. Email: opell@example.org")).toBe("e-mail");
    expect(closingLineKind("Follow the desk at @kestrelnews")).toBe("call to action");
    expect(closingLineKind("Mara Voss (@marav) covers the islands for the desk.")).toBe("handle");
    expect(closingLineKind("Ines Calder contributed to this report.")).toBe("contributed");
  });

  it("leaves headlines, ledes and long prose that mention a link alone", () => {
    expect(isClosingLine("Frost Takes Half of Vell Valley Apple Blossom")).toBe(false);
    expect(
      isClosingLine(
        "The harbour board in Kestrel Bay voted on Tuesday to add three evening ferry crossings.",
      ),
    ).toBe(false);
    const longProse = `Readers who wrote to the board at ferries@example.org ${"were told again that the winter timetable would be reviewed in spring ".repeat(4)}`;
    expect(isClosingLine(longProse)).toBe(false);
    expect(
      isClosingLine(
        "Ferry passengers queue at the pier in Kestrel Bay. (Photo: @kestrelnews/Desk)",
      ),
    ).toBe(false);
    // A prompt that runs on as a sentence is prose, not a link line.
    expect(
      isClosingLine(`Read ${"the long account the board published of every sailing ".repeat(3)}`),
    ).toBe(false);
  });
});

// Written for this test: a ferry story closed by a prompt, then an orchard story without a headline.
const FERRY = [
  "The harbour board in Kestrel Bay voted on Tuesday to add three evening ferry crossings to the winter timetable.",
  "Board chair Osric Pell said the extra sailings would start in November, paid from the harbour's reserve fund.",
  "Go deeper: Islanders count the cost of the early last boat",
];
const ORCHARDS = [
  "Apple growers across the Vell valley say a frost in the first week of May destroyed half of the orchards' blossom.",
  "The growers' cooperative has asked the council for loans to pay pickers through a thin harvest.",
];

function spansOver(
  texts: readonly string[],
  cut: number,
): { spans: ArticleSpan[]; table: FeatureTable; paragraphs: Paragraph[] } {
  const paragraphs = oneALine(texts);
  const table = new FeatureTable([...texts]);
  const above = { ...emptySpan(0), last: cut - 1 };
  const below: ArticleSpan = {
    ...emptySpan(cut),
    last: texts.length - 1,
    start: { kind: "gap", score: 0 },
  };
  return { spans: [above, below], table, paragraphs };
}

describe("a start found on the story above's closing line", () => {
  it("moves down past it, the line kept as the story above's last", () => {
    const texts = [...FERRY, ...ORCHARDS];
    const { spans, table, paragraphs } = spansOver(texts, 2);
    const moved = closingLinesToStoryAbove(spans, paragraphs, table, new ArticleSoFar(table));
    expect(moved.map((s) => [s.first, s.last])).toEqual([
      [0, 2],
      [3, 4],
    ]);
    expect(moved[1]?.start?.kind).toBe("gap");
  });

  it("stays where the closing line is all the article would have", () => {
    const texts = [...FERRY];
    const { spans, table, paragraphs } = spansOver(texts, 2);
    const moved = closingLinesToStoryAbove(spans, paragraphs, table, new ArticleSoFar(table));
    expect(moved.map((s) => s.first)).toEqual([0, 2]);
  });

  it("leaves a start on a plain lede where it is", () => {
    const texts = [...FERRY.slice(0, 2), ...ORCHARDS];
    const { spans, table, paragraphs } = spansOver(texts, 2);
    const moved = closingLinesToStoryAbove(spans, paragraphs, table, new ArticleSoFar(table));
    expect(moved.map((s) => s.first)).toEqual([0, 2]);
  });
});

describe("a hard break under a contributor line", () => {
  // The contributor line closes the ferry story; a prompt under it closes the story too.
  const PROMPT = "Don't miss a ferry story: get the desk's alerts in your inbox.";
  const credited = [...FERRY.slice(0, 2), "Ines Calder contributed to this report."];
  const spansAt = (texts: readonly string[], cut: number) => {
    const { spans, table, paragraphs } = spansOver(texts, cut);
    const below = spans[1] as ArticleSpan;
    delete below.start;
    return { spans, table, paragraphs };
  };

  it("opens under the prompts that close the story above", () => {
    const texts = [...credited, PROMPT, ...ORCHARDS];
    const { spans, table, paragraphs } = spansAt(texts, 3);
    const moved = closingLinesToStoryAbove(spans, paragraphs, table, new ArticleSoFar(table));
    expect(moved.map((s) => [s.first, s.last])).toEqual([
      [0, 3],
      [4, 5],
    ]);
    expect(moved[1]?.start).toBeUndefined();
  });

  it("leaves a hard break not under a contributor line where it is", () => {
    const texts = [...FERRY.slice(0, 2), PROMPT, ...ORCHARDS];
    const { spans, table, paragraphs } = spansAt(texts, 2);
    const moved = closingLinesToStoryAbove(spans, paragraphs, table, new ArticleSoFar(table));
    expect(moved.map((s) => s.first)).toEqual([0, 2]);
  });
});

describe("an e-mail line at the story's foot", () => {
  it("reads an address alone or under a short label as a contact", () => {
    expect(closingLineKind("opell@example.org")).toBe("e-mail");
    expect(closingLineKind("Email: ferries@example.com")).toBe("e-mail");
    expect(closingLineKind("Contact: harbour.desk@example.org")).toBe("e-mail");
    expect(closingLineKind("Write to Osric Pell at osric.pell@example.com")).toBe("e-mail");
    // A scraped page's address guard leaves this text where the address stood.
    expect(closingLineKind("Email Osric Pell at [email protected]")).toBe("e-mail");
  });

  it("goes back to the story above with the line over it", () => {
    // A correction, then the writer's address, close the ferry story; the decoded cut fell on
    // the correction.
    const texts = [
      ...FERRY.slice(0, 2),
      "An earlier version of this story gave the wrong date for the first evening crossing.",
      "Write to Osric Pell at osric.pell@example.com",
      ...ORCHARDS,
    ];
    const { spans, table, paragraphs } = spansOver(texts, 2);
    const moved = closingLinesToStoryAbove(spans, paragraphs, table, new ArticleSoFar(table));
    expect(moved.map((s) => [s.first, s.last])).toEqual([
      [0, 3],
      [4, 5],
    ]);
  });

  it("goes back where the start fell on the address itself", () => {
    const texts = [...FERRY.slice(0, 2), "ferries@example.org", ...ORCHARDS];
    const { spans, table, paragraphs } = spansOver(texts, 2);
    const moved = closingLinesToStoryAbove(spans, paragraphs, table, new ArticleSoFar(table));
    expect(moved.map((s) => s.first)).toEqual([0, 3]);
  });

  it("stays where the address is all the article would have, or lies past its first lines", () => {
    const alone = [...FERRY.slice(0, 2), "Email: ferries@example.com"];
    const a = spansOver(alone, 2);
    expect(
      closingLinesToStoryAbove(a.spans, a.paragraphs, a.table, new ArticleSoFar(a.table)).map(
        (s) => s.first,
      ),
    ).toEqual([0, 2]);
    // An address below two paragraphs of the story's own is its foot, not the start's.
    const later = [...FERRY.slice(0, 2), ...ORCHARDS, "Contact: growers@example.org"];
    const b = spansOver(later, 2);
    expect(
      closingLinesToStoryAbove(b.spans, b.paragraphs, b.table, new ArticleSoFar(b.table)).map(
        (s) => s.first,
      ),
    ).toEqual([0, 2]);
  });
});
