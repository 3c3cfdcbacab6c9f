import { describe, expect, it } from "vitest";
import { ArticleSoFar } from "./article-so-far.js";
import { headAt } from "./head-at.js";
import { parseDump } from "./parse-dump.js";
import { oneALine } from "./test-support/one-a-line.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: a ferry story, the lines a page stacks over the next story's headline,
// and an orchard story under it.
const FERRY = [
  "The harbour board in Kestrel Bay voted on Tuesday to add three evening ferry crossings to the winter timetable.",
  "Board chair Osric Pell said the extra sailings would start in November, paid from the harbour's reserve fund.",
  "Islanders had complained for years that the last boat left the mainland before most shifts ended.",
  "Pell said the board would count passengers on the new sailings before it reviewed the timetable in spring.",
];
const HEADLINE = "Frost Takes Half of Vell Valley Apple Blossom";
const ORCHARDS = [
  "Apple growers across the Vell valley say a frost in the first week of May destroyed half of the orchards' blossom. It was the worst damage in twenty years, the growers' cooperative said on Monday.",
  "The growers' cooperative in the Vell valley has asked the council for loans to pay pickers through a thin apple harvest.",
  "Some orchards lit fires between the rows overnight, but the frost settled too fast in the lower fields.",
];

function setUp(texts: readonly string[]) {
  const paragraphs = oneALine(texts);
  const table = new FeatureTable(texts);
  return { paragraphs, table, soFar: new ArticleSoFar(table) };
}

/** headAt at paragraph i of the texts, inside the ferry story's run (not at a known start). */
function headInRun(texts: readonly string[], i: number) {
  const { paragraphs, table, soFar } = setUp(texts);
  soFar.reset(0, i);
  return headAt(paragraphs, table, i, false, soFar);
}

describe("short lines stacked over a headline inside a run", () => {
  it("a short subhead of the story above is no kicker: it heads nothing", () => {
    const texts = [...FERRY, "Spring timetable review", HEADLINE, ...ORCHARDS];
    expect(headInRun(texts, FERRY.length)).toBeNull();
  });

  it("a short question over a headline is no kicker either", () => {
    const texts = [...FERRY, "Who pays for it?", HEADLINE, ...ORCHARDS];
    expect(headInRun(texts, FERRY.length)).toBeNull();
  });

  it("of two title-like lines over a byline, the upper heads nothing", () => {
    const texts = [
      ...FERRY,
      "Vell Valley Growers Fear the Frost",
      HEADLINE,
      "By Mara Quill",
      ...ORCHARDS,
    ];
    expect(headInRun(texts, FERRY.length)).toBeNull();
    const articles = parseDump(texts.join("\n")).articles;
    expect(articles.map((a) => a.startLine)).toEqual([1, FERRY.length + 2]);
    expect(articles[1]?.headline).toBe(HEADLINE);
  });
});

describe("a section label over a headline", () => {
  it("is still its kicker where an article is known to start", () => {
    const texts = ["Farming", HEADLINE, ...ORCHARDS];
    const { paragraphs, table, soFar } = setUp(texts);
    const head = headAt(paragraphs, table, 0, true, soFar);
    expect(head?.span.kicker).toBe(0);
    expect(head?.span.headline).toBe(1);
  });
});

describe("a short line that is no label over a headline where an article starts", () => {
  it("is the headline itself, not a kicker", () => {
    const texts = ["Who pays for it?", HEADLINE, ...ORCHARDS];
    const { paragraphs, table, soFar } = setUp(texts);
    const head = headAt(paragraphs, table, 0, true, soFar);
    expect(head?.span.kicker ?? null).toBeNull();
    expect(head?.span.headline ?? null).not.toBe(1);
  });
});

describe("a second title-like line under a headline where an article is known to start", () => {
  it("opens the body when prose follows it", () => {
    const texts = [HEADLINE, "Loans for pickers", ...ORCHARDS];
    const { paragraphs, table, soFar } = setUp(texts);
    const head = headAt(paragraphs, table, 0, true, soFar);
    expect(head?.span.headline).toBe(0);
    expect(head?.bodyStart).toBe(1);
  });
});

describe("a byline under the line a dump opens with", () => {
  it("makes that line the first article's title, whatever its shape", () => {
    const title = "Frost took half the blossom. Now the growers count the cost.";
    const dump = [title, "By Mara Quill", ...ORCHARDS].join("\n");
    const articles = parseDump(dump).articles;
    expect(articles.length).toBe(1);
    expect(articles[0]?.headline).toBe(title);
    expect(articles[0]?.headlineSource).toBe("dump");
  });
});

describe("a bare two-word name where an article starts", () => {
  it("is a credit, not the article's title", () => {
    const texts = ["Osric Pell", ...ORCHARDS];
    const { paragraphs, table, soFar } = setUp(texts);
    expect(headAt(paragraphs, table, 0, true, soFar)).toBeNull();
  });
});
