import { describe, expect, it } from "vitest";
import { DumpError, NotTextError } from "./errors.js";
import { parseDump } from "./parse-dump.js";
import { wrap } from "./test-support/compose-dump.js";
import type { Article, ParseResult } from "./types.js";

/** A fictional article written for these tests (no sentence is taken from a real one). */
interface Story {
  headline: string;
  dek: string | null;
  byline: string | null;
  paragraphs: string[];
  contributorLine: string;
  contributors: string[];
}

const STORIES: Story[] = [
  {
    headline: "Harbour Town Votes to Rebuild Its Old Ferry Pier",
    dek: "The council in Port Aldwin backed the plan after a year of argument over cost and tides.",
    byline: "By Marta Lindqvist and Oren Bakshi",
    paragraphs: [
      "PORT ALDWIN, Norland — The town council voted on Tuesday to rebuild the wooden ferry pier that has carried fishing crews and day visitors across the Brenn estuary for more than a century.",
      "The vote, seven to two, ends a long-running dispute that split the harbour district. Supporters said the crossing keeps the island villages alive; opponents warned that the repair bill had doubled since the first survey was carried out in the autumn.",
      "Engineers hired by the cash-strapped council found that a third of the oak piles had rotted below the waterline. Work is expected to begin in late summer, when the tides are gentlest, and to last about eighteen months at a cost the council put at 4.2 million crowns.",
      "Ferry captain Halvard Ness, who has worked the crossing for thirty-one years, said the decision came just in time. “Another winter of storms and we would have been tying up to driftwood,” he said.",
    ],
    contributorLine: "Ilse Maren contributed reporting from Port Aldwin.",
    contributors: ["Marta Lindqvist", "Oren Bakshi", "Ilse Maren"],
  },
  {
    headline: "Mountain Rail Line Reopens After Spring Floods",
    dek: null,
    byline: "By Teodor Vance",
    paragraphs: [
      "GRANVIK (Norland Wire) - Trains returned to the mountain line between Granvik and Holt on Sunday, three weeks after floodwater washed away a long stretch of track near the Sella river.",
      "The regional rail operator said crews had worked through the nights to lay new ballast and rebuild two culverts and a half-collapsed embankment, and that services would run on a reduced timetable until the end of the month.",
      "Commuters who had spent weeks on replacement buses greeted the first early-morning train with applause. Ragna Solberg, a nurse who travels to the hospital in Holt, said her journey had tripled in length while the line was closed.",
    ],
    contributorLine: "Additional reporting by Petra Oyelaran.",
    contributors: ["Teodor Vance", "Petra Oyelaran"],
  },
  {
    headline: "Retirees’ Chess Club Wins Regional Team Title",
    dek: null,
    byline: null,
    paragraphs: [
      "Members of the Lindenfeld Chess Circle, whose youngest player is seventy-one, won the regional team championship on Saturday, beating a well-drilled university side in the final round of a tense weekend tournament.",
      "The club meets twice a week in the back room of a bakery on Mill Street. Its captain, Augustin Pereira, said the team had prepared by replaying the endgames of old world championship matches over coffee and almond cake.",
      "The students took their defeat in good spirit and have already asked for a rematch in the autumn. The club has accepted, on the condition that the match is played at the bakery.",
    ],
    contributorLine: "Reporting was contributed by Samir Haddou in Lindenfeld.",
    contributors: ["Samir Haddou"],
  },
];

interface Layout {
  /** Blank line between paragraphs. */
  blank: boolean;
  /** Hard-wrap width, or 0. */
  width: number;
  hyphens?: boolean;
  eol?: string;
}

/** Lays the stories out as a text dump and records the lines each one covers. */
function textDump(layout: Layout, stories: readonly Story[] = STORIES) {
  const out: string[] = [];
  const ranges: [number, number][] = [];
  const paragraph = (text: string) => {
    if (layout.blank && out.length > 0) out.push("");
    out.push(...(layout.width > 0 ? wrap(text, layout.width, layout.hyphens) : [text]));
  };
  for (const story of stories) {
    const start = out.length + (layout.blank && out.length > 0 ? 2 : 1);
    for (const text of [
      story.headline,
      story.dek,
      story.byline,
      ...story.paragraphs,
      story.contributorLine,
    ]) {
      if (text !== null) paragraph(text);
    }
    ranges.push([start, out.length]);
  }
  const eol = layout.eol ?? "\n";
  return { text: out.join(eol) + eol, ranges, lines: out };
}

function expectStories(result: ParseResult, ranges?: [number, number][]) {
  expect(result.warnings).toEqual([]);
  expect(result.articles).toHaveLength(STORIES.length);
  STORIES.forEach((story, i) => {
    const article = result.articles[i] as Article;
    expect(article.headline).toBe(story.headline);
    expect(article.headlineSource).toBe("dump");
    expect(article.dek).toBe(story.dek);
    expect(article.contributors).toEqual(story.contributors);
    expect(article.paragraphs).toEqual([...story.paragraphs, story.contributorLine]);
    if (ranges) expect([article.startLine, article.endLine]).toEqual(ranges[i]);
  });
}

describe("parseDump: the same dump in every layout", () => {
  const layouts: [string, Layout][] = [
    ["one paragraph per line", { blank: false, width: 0 }],
    ["one paragraph per line, CRLF", { blank: false, width: 0, eol: "\r\n" }],
    ["one paragraph per line, CR", { blank: false, width: 0, eol: "\r" }],
    ["blank-line separated", { blank: true, width: 0 }],
    ["blank-line separated, CRLF", { blank: true, width: 0, eol: "\r\n" }],
    ["hard-wrapped at 64 columns", { blank: true, width: 64 }],
    ["hard-wrapped at 78 columns", { blank: true, width: 78 }],
    [
      "hard-wrapped at 64 columns, breaking after hyphens",
      { blank: true, width: 64, hyphens: true },
    ],
    [
      "hard-wrapped at 78 columns, breaking after hyphens, CRLF",
      { blank: true, width: 78, hyphens: true, eol: "\r\n" },
    ],
  ];
  for (const [name, layout] of layouts) {
    it(`finds the three articles ${name}`, () => {
      const dump = textDump(layout);
      if (layout.hyphens)
        expect(dump.lines.filter((l) => /\p{L}-$/u.test(l)).length).toBeGreaterThan(0);
      expectStories(parseDump(dump.text), dump.ranges);
    });
  }

  it("gives the same result for a string and its UTF-8 bytes, with or without BOM", () => {
    const { text } = textDump({ blank: true, width: 72 });
    const fromString = parseDump(text);
    expect(parseDump(new TextEncoder().encode(text))).toEqual(fromString);
    expect(
      parseDump(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])),
    ).toEqual(fromString);
  });

  it("gives the same articles and hashes in every text layout", () => {
    const hashes = [
      { blank: false, width: 0 },
      { blank: true, width: 0, eol: "\r\n" },
      { blank: true, width: 64 },
      { blank: true, width: 78, hyphens: true },
    ].map((layout) => parseDump(textDump(layout).text).articles.map((a) => a.contentHash));
    for (const h of hashes) expect(h).toEqual(hashes[0]);
  });

  const objects = STORIES.map((s) => ({
    headline: s.headline,
    dek: s.dek,
    byline: s.byline?.replace(/^By /, "") ?? null,
    body: [...s.paragraphs, s.contributorLine].join("\n\n"),
  }));

  it("finds them in a JSON array", () => {
    const text = JSON.stringify(objects, null, 2);
    const result = parseDump(text);
    expectStories(result);
    expect(result.articles[0]?.startLine).toBe(1);
    expect(result.articles[2]?.endLine).toBe(text.split("\n").length);
  });

  it("finds them in a JSON object with `articles`", () => {
    expectStories(parseDump(JSON.stringify({ articles: objects }, null, 2)));
  });

  it("finds them in NDJSON, auto-detected, and with format ndjson", () => {
    const text = `${objects.map((o) => JSON.stringify(o)).join("\r\n")}\r\n`;
    const ranges: [number, number][] = [
      [1, 1],
      [2, 2],
      [3, 3],
    ];
    expectStories(parseDump(text), ranges);
    expectStories(parseDump(text, { format: "ndjson" }), ranges);
  });

  it("hashes an article the same in text and in JSON", () => {
    const text = parseDump(textDump({ blank: true, width: 0 }).text).articles.map(
      (a) => a.contentHash,
    );
    const json = parseDump(JSON.stringify(objects)).articles.map((a) => a.contentHash);
    expect(json).toEqual(text);
  });

  it("counts the words of the body", () => {
    const [article] = parseDump(textDump({ blank: false, width: 0 }).text).articles;
    const words = [...(STORIES[0] as Story).paragraphs, (STORIES[0] as Story).contributorLine]
      .join(" ")
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    expect(article?.wordCount).toBe(words);
  });
});

describe("parseDump: errors", () => {
  it("throws only DumpError subclasses for binary input", () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ]);
    expect(() => parseDump(png)).toThrow(NotTextError);
    expect(() => parseDump(png)).toThrow(DumpError);
  });

  it("reads invalid UTF-8 as Windows-1252 and says so", () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("Harbour Cafe Reopens\nThe caf"),
      0xe9,
      ...new TextEncoder().encode(
        " on the quay reopened on Tuesday after a winter of repairs to its roof.",
      ),
    ]);
    const result = parseDump(bytes);
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[2, "decoded-as-windows-1252"]]);
    expect(result.articles[0]?.paragraphs[0]).toMatch(/^The café on the quay/);
  });
});

describe("parseDump: a headline over a dateline", () => {
  it("starts a story even when it shares the story above's words and places", () => {
    const dump = [
      "Flood barrier holds as the Rhine rises past Cologne",
      "COLOGNE, Germany — The city's mobile flood wall held through the night as the river rose to its highest level in nine years, the German water authority said on Friday.",
      "Crews from across North Rhine-Westphalia worked in shifts to raise the barrier by half a metre before dawn.",
      "",
      "Riverside shops count the cost of the high water",
      "COLOGNE, Germany — Shopkeepers along the riverside said on Friday they would wait for the water to fall before counting the damage, and the city council promised an emergency fund.",
      "A bakery owner said her cellar had flooded for the third time in ten years.",
      "",
      "Kenya opens a new rail link to the coast",
      "NAIROBI, Kenya — A new passenger line from Nairobi to Mombasa opened on Thursday, cutting the journey by two hours, the Kenyan transport ministry said.",
      "The first train left Nairobi at dawn with every seat sold.",
      "",
    ].join("\n");
    const { articles } = parseDump(dump);
    expect(articles.map((a) => [a.headline, a.headlineSource])).toEqual([
      ["Flood barrier holds as the Rhine rises past Cologne", "dump"],
      ["Riverside shops count the cost of the high water", "dump"],
      ["Kenya opens a new rail link to the coast", "dump"],
    ]);
  });
});
