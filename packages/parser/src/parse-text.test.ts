import { describe, expect, it } from "vitest";
import { MAX_DERIVED_HEADLINE } from "./derive-headline.js";
import { splitLines } from "./lines.js";
import { parseDump } from "./parse-dump.js";
import { parseTextLines } from "./parse-text.js";

// Fictional articles written for these tests.
const HEADLINE = "Mountain Rail Line Reopens After Spring Floods";
const LEDE =
  "Trains returned to the mountain line between Granvik and Holt on Sunday, three weeks after floodwater washed away a long stretch of track near the Sella river.";
const BODY = [
  "The regional rail operator said crews had worked through the nights to lay new ballast and rebuild two culverts, and that services would run on a reduced timetable until the end of the month.",
  "Commuters who had spent weeks on replacement buses greeted the first morning train with applause. Ragna Solberg, a nurse who travels to the hospital in Holt, said her journey had tripled in length while the line was closed.",
];

// Another story, on another subject.
const LIBRARY = [
  "Vessby's new library opened on Saturday, and Mayor Ilse Maren cut the ribbon in front of a queue that reached the river.",
  "The building, a former grain store, holds 80,000 books and a children's floor with a reading garden on the roof.",
];

const parse = (lines: string[]) => parseTextLines(splitLines(lines.join("\n")));

describe("headlines", () => {
  it("takes a short capitalized first line as the headline", () => {
    const { articles, warnings } = parse([HEADLINE, LEDE, ...BODY]);
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      headline: HEADLINE,
      headlineSource: "dump",
      dek: null,
      paragraphs: [LEDE, ...BODY],
      startLine: 1,
      endLine: 4,
    });
  });

  it("collapses a headline repeated on the next line, with a duplicate-headline warning", () => {
    const { articles, warnings } = parse([HEADLINE, HEADLINE, "By Teodor Vance", LEDE, ...BODY]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ headline: HEADLINE, startLine: 1, endLine: 6 });
    expect(articles[0]?.paragraphs).toEqual([LEDE, ...BODY]);
    expect(warnings).toEqual([
      { line: 2, code: "duplicate-headline", message: expect.stringMatching(/repeated/) },
    ]);
  });

  it("collapses a repeat that differs only in case and punctuation", () => {
    const { articles, warnings } = parse([
      HEADLINE,
      "",
      "MOUNTAIN RAIL LINE REOPENS AFTER SPRING FLOODS.",
      "",
      LEDE,
      "",
      ...BODY,
    ]);
    expect(articles).toHaveLength(1);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([[3, "duplicate-headline"]]);
  });

  it("takes a dek under the headline, above the byline", () => {
    const dek = "Crews rebuilt two culverts and relaid the track in three weeks.";
    const { articles } = parse([HEADLINE, dek, "By Teodor Vance", LEDE, ...BODY]);
    expect(articles[0]).toMatchObject({ headline: HEADLINE, dek, contributors: ["Teodor Vance"] });
    expect(articles[0]?.paragraphs).toEqual([LEDE, ...BODY]);
  });

  it("takes a dek under the headline, above a dateline lede", () => {
    const dek = "Crews rebuilt two culverts and relaid the track in three weeks.";
    const lede = `GRANVIK, Norland — ${LEDE}`;
    const { articles } = parse([HEADLINE, dek, lede, ...BODY]);
    expect(articles[0]).toMatchObject({ dek, paragraphs: [lede, ...BODY] });
  });
});

describe("lists of links to other stories", () => {
  const links = [
    "Related coverage",
    "Storms Batter the Coast Again as Ferries Stay in Port",
    "Fishermen Count the Cost of a Long Winter",
  ];

  it("start no article, and the next article keeps its headline", () => {
    const { articles } = parse([
      HEADLINE,
      LEDE,
      ...BODY,
      ...links,
      "Holt Opens Its New Library",
      "By Teodor Vance",
      "The library on Market Street opened on Saturday with a queue around the block and a brass band.",
    ]);
    expect(articles.map((a) => [a.headline, a.startLine])).toEqual([
      [HEADLINE, 1],
      ["Holt Opens Its New Library", 8],
    ]);
  });

  it("start no article before a story that lost its headline", () => {
    const other = [
      "Vessby's new library opened on Saturday, and Mayor Ilse Maren cut the ribbon in front of a queue that reached the river.",
      "The building, a former grain store, holds 80,000 books and a children's floor with a reading garden on the roof.",
      "Its architect, Oren Bakshi, said the old timber beams had been kept so that visitors could see how the store was built.",
    ];
    const { articles } = parse([HEADLINE, LEDE, ...BODY, ...links, ...other]);
    expect(articles.map((a) => a.startLine)).toEqual([1, 8]);
    expect(articles[1]?.headlineSource).toBe("derived");
  });
});

describe("lines that look like headlines inside an article", () => {
  const interview = [
    "Lighthouse Keeper Hands Over the Last Manned Light on the Coast",
    "Edda Brann kept the Skarvik light for 31 years. Next month it goes automatic.",
    "How did you come to the job?",
    "By accident. My uncle kept it before me, and when his knees went I said I would help for one winter.",
    "What will you miss most? And what won't you?",
    "The storms, strangely. Not the stairs: there are 214 of them, and I have counted every one.",
    "Were you ever afraid out there?",
    "Once, in the gale of 1999, when the sea came over the gallery. I sat with the lamp all night.",
  ];

  it("keeps an interviewer's questions inside the interview", () => {
    const { articles } = parse([...interview, HEADLINE, LEDE, ...BODY]);
    expect(articles.map((a) => [a.headline, a.startLine])).toEqual([
      [interview[0], 1],
      [HEADLINE, 9],
    ]);
  });

  it("keeps a short sentence-case label inside its article", () => {
    const label = "A slow summer for the buses";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, label, ...BODY]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs).toContain(label);
  });

  it("still starts an article at a question headline in title case", () => {
    const question = "Can a Grain Store Become the Town's Living Room?";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, question, ...LIBRARY]);
    expect(articles.map((a) => a.headline)).toEqual([HEADLINE, question]);
  });

  it("starts an article at a short headline in sentence case, as many newsrooms write them", () => {
    const headline = "Vessby opens library in grain store";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, headline, ...LIBRARY]);
    expect(articles.map((a) => a.headline)).toEqual([HEADLINE, headline]);
  });

  it("starts an article at a short headline in capitals, and keeps a label in capitals", () => {
    const headline = "VESSBY OPENS GRAIN STORE LIBRARY";
    const { articles } = parse([HEADLINE, LEDE, "UP NEXT", ...BODY, headline, ...LIBRARY]);
    expect(articles.map((a) => a.headline)).toEqual([HEADLINE, headline]);
  });

  it("takes the second of two title lines for the headline when only its words come back in the lede", () => {
    // A link to other coverage closes the article above; the headline of the next one follows.
    const link = "Go Further: Harbour Board Weighs a Toll for the Coast Bridge";
    const headline = "Vessby Library Opens in Old Grain Store";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, link, headline, ...LIBRARY]);
    expect(articles.map((a) => a.headline)).toEqual([HEADLINE, headline]);
    expect(articles[0]?.paragraphs).toContain(link);
  });

  it("keeps a title-case subhead inside its article when the text under it goes on", () => {
    const subhead = "Replacement Buses and Longer Journeys";
    const more =
      "While the line was closed, replacement buses took commuters between Granvik and Holt, and the journey to the hospital tripled in length.";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, subhead, more]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs).toContain(subhead);
  });

  it("takes a one-word section label over a headline as the article's start", () => {
    const { articles } = parse([
      HEADLINE,
      LEDE,
      ...BODY,
      "Culture",
      "Vessby Opens a Library in Its Old Grain Store",
      ...LIBRARY,
    ]);
    expect(articles.map((a) => [a.startLine, a.headline])).toEqual([
      [1, HEADLINE],
      [5, "Vessby Opens a Library in Its Old Grain Store"],
    ]);
  });

  it("leaves out a pull quote, a line of the text set again", () => {
    const quote = "“Her journey had tripled in length while the line was closed”";
    const { articles, warnings } = parse([
      HEADLINE,
      LEDE,
      BODY[1] as string,
      quote,
      BODY[0] as string,
    ]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs).not.toContain(quote);
    expect(warnings).toEqual([]);
  });
});

describe("bylines, datelines and contributor lines", () => {
  it("reads the names of a byline and leaves it out of the paragraphs", () => {
    const { articles } = parse([HEADLINE, "By Marta Lindqvist and Oren Bakshi", LEDE, ...BODY]);
    expect(articles[0]?.contributors).toEqual(["Marta Lindqvist", "Oren Bakshi"]);
    expect(articles[0]?.paragraphs).toEqual([LEDE, ...BODY]);
  });

  it("reads a head with the author's name and town on a line of its own, and the time under it", () => {
    const dek = "Crews rebuilt two culverts on Sunday and the first trains ran on time.";
    const { articles } = parse([
      HEADLINE,
      dek,
      "Ragna Solberg in Holt",
      "Mon 24 Nov 2025 14.00 GMT",
      LEDE,
      "Image caption, The first train crosses the rebuilt culvert near Holt",
      ...BODY,
    ]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      headline: HEADLINE,
      dek,
      contributors: ["Ragna Solberg"],
      paragraphs: [LEDE, ...BODY],
    });
  });

  it.each([
    "KYIV, Ukraine — ",
    "LONDON (Reuters) - ",
    "GRANVIK (Norland Wire) — ",
    "PORT ALDWIN, Norland – ",
  ])("keeps the dateline %j in the lede", (dateline) => {
    const { articles } = parse([HEADLINE, `${dateline}${LEDE}`, ...BODY]);
    expect(articles[0]?.paragraphs[0]).toBe(`${dateline}${LEDE}`);
  });

  it.each<[string, string[]]>([
    [
      "Ilse Maren and Oren Bakshi contributed reporting from Port Aldwin.",
      ["Ilse Maren", "Oren Bakshi"],
    ],
    [
      "Ilse Maren contributed reporting from Port Aldwin, and Oren Bakshi from Granvik.",
      ["Ilse Maren", "Oren Bakshi"],
    ],
    ["Reporting was contributed by Samir Haddou in Lindenfeld.", ["Samir Haddou"]],
    ["Additional reporting by Petra Oyelaran.", ["Petra Oyelaran"]],
    [
      "Anna Berg, Ben Okafor, Chen Wei and Dara Nolan contributed reporting.",
      ["Anna Berg", "Ben Okafor", "Chen Wei", "Dara Nolan"],
    ],
    ["Norland Wire Service and The Associated Press contributed reporting.", []],
  ])("names only the people of %j", (line, names) => {
    const { articles } = parse([HEADLINE, "By Teodor Vance", LEDE, ...BODY, line]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.contributors).toEqual(["Teodor Vance", ...names]);
    expect(articles[0]?.endLine).toBe(BODY.length + 4);
  });

  it("closes an article at its contributor line", () => {
    const next =
      "Members of the Lindenfeld Chess Circle won the regional team championship on Saturday, beating a university side.";
    const { articles } = parse([
      LEDE,
      ...BODY,
      "Additional reporting by Petra Oyelaran.",
      next,
      "The club meets twice a week in a bakery.",
    ]);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, 4],
      [5, 6],
    ]);
    expect(articles.map((a) => a.contributors)).toEqual([["Petra Oyelaran"], []]);
  });
});

describe("articles without a headline", () => {
  it("derive a headline from the lede, without the dateline", () => {
    const { articles } = parse([`KYIV, Ukraine — ${LEDE}`, ...BODY]);
    const headline = articles[0]?.headline ?? "";
    expect(articles[0]?.headlineSource).toBe("derived");
    expect(headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
    expect(headline).toMatch(/^Trains returned to the mountain line/);
    expect(LEDE.startsWith(headline)).toBe(true);
    expect(LEDE[headline.length]).toMatch(/[\s,.;]/);
    expect(headline).not.toMatch(/\b(?:and|the|of|a|to|in)$/);
  });

  it("start at a scene-setting lede, not at the paragraph after it that names the cast", () => {
    const rail = [
      HEADLINE,
      LEDE,
      ...BODY,
      "Engineers from the operator will inspect the rebuilt culverts again in the autumn, before the first heavy rains, and the timetable will return to normal on the first of the month.",
      "Ms. Solberg said she would believe the line was safe when it had come through a winter without closing.",
    ];
    const feature = [
      "Before dawn the ovens are already hot, and the first trays of rye loaves slide in while the street outside the bakery is still dark and the flour sacks are stacked by the door.",
      "Amara Lindqvist has baked rye loaves in the same ovens for 31 years, and her bakery on Kettle Street in Ostvik is one of the last in the town that still mills its own flour.",
      "Ms. Lindqvist said the price of flour had doubled in two years, and that she now bakes fewer loaves and closes the bakery on Mondays to keep the ovens running the rest of the week.",
      "Her customers have stayed loyal. Some drive in from the villages on Saturdays for the rye loaves, and the bakery sells out before noon.",
    ];
    const { articles } = parse([...rail, ...feature]);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, rail.length],
      [rail.length + 1, rail.length + feature.length],
    ]);
  });

  it("do not take a picture's caption over the lede as their headline", () => {
    const caption =
      "Prime Minister Ilse Maren speaks during a news conference in Granvik, March 3, 2026. (Reuters photo: Teodor Vance)";
    const { articles } = parse([caption, LEDE, ...BODY]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ startLine: 1, headlineSource: "derived" });
  });

  it("derive one for a dump of a single short paragraph", () => {
    const { articles } = parse(["Crews relaid the track."]);
    expect(articles[0]).toMatchObject({
      headline: "Crews relaid the track",
      headlineSource: "derived",
    });
  });
});

describe("wire copy and Markdown", () => {
  it("reads Markdown headings as headlines, and end marks as the end of a story", () => {
    const { articles } = parse([
      `## ${HEADLINE}`,
      "**By Teodor Vance, Senior Correspondent**",
      LEDE,
      ...BODY,
      "-30-",
      "## Harbour Town Votes to Rebuild Its Old Ferry Pier",
      "By Marta Lindqvist",
      "The town council voted on Tuesday to rebuild the ferry pier that storms wrecked last winter.",
      "Work starts in late summer and should take two years.",
      "ENDS",
    ]);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      headline: HEADLINE,
      contributors: ["Teodor Vance"],
      paragraphs: [LEDE, ...BODY],
      startLine: 1,
      endLine: 6,
    });
    expect(articles[1]).toMatchObject({
      headline: "Harbour Town Votes to Rebuild Its Old Ferry Pier",
      contributors: ["Marta Lindqvist"],
      startLine: 7,
      endLine: 11,
    });
    expect(articles[1]?.paragraphs).toHaveLength(2);
  });
});

describe("a contributor line after a separator", () => {
  it("closes the article above the separator instead of opening one", () => {
    const credit = "Kai Lund in Holt contributed to this report.";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, "___", credit]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.contributors).toEqual(["Kai Lund"]);
  });
});

describe("links pasted above articles", () => {
  it("start the article under them and belong to it, with or without a headline", () => {
    const link = "https://www.gazette.example/2026/03/03/granvik-rail-line-reopens";
    const second = "https://www.gazette.example/2026/03/04/vessby-library";
    const { articles, warnings } = parse([link, HEADLINE, LEDE, ...BODY, second, ...LIBRARY]);
    expect(articles.map((a) => [a.startLine, a.endLine, a.headlineSource])).toEqual([
      [1, 5, "dump"],
      [6, 8, "derived"],
    ]);
    expect(articles[1]?.paragraphs).toEqual(LIBRARY);
    expect(warnings).toEqual([]);
  });

  it("leave a short link inside an article where it is", () => {
    const { articles } = parse([HEADLINE, LEDE, "https://t.co/x7Kq2mPz", ...BODY]);
    expect(articles).toHaveLength(1);
  });

  it("leave a link to a post, a video or a picture inside an article where it is", () => {
    for (const link of [
      "https://social.example/harbourdesk/status/1234567890",
      "https://video.example/watch?v=a1B2c3",
      "https://cdn.example/charts/ferry-fares.png",
    ])
      expect(parse([HEADLINE, LEDE, link, ...BODY]).articles).toHaveLength(1);
  });
});

describe("news-database exports", () => {
  const SECOND = "Harbour Town Votes to Rebuild Its Old Ferry Pier";
  const SECOND_BODY = [
    "The town council voted on Tuesday to rebuild the ferry pier that storms wrecked last winter.",
    "Work starts in late summer and should take two years.",
  ];

  type Story = (headline: string, byline: string, body: string[]) => string[];

  /** Two stories exported one after the other come out as two articles, fields left out. */
  function expectTwoStories(story: Story): void {
    const first = story(HEADLINE, "Teodor Vance", [LEDE, ...BODY]);
    const { articles } = parse([...first, ...story(SECOND, "Marta Lindqvist", SECOND_BODY)]);
    expect(articles.map((a) => [a.headline, a.contributors, a.paragraphs])).toEqual([
      [HEADLINE, ["Teodor Vance"], [LEDE, ...BODY]],
      [SECOND, ["Marta Lindqvist"], SECOND_BODY],
    ]);
    expect(articles[1]?.startLine).toBe(first.length + 1);
  }

  it("reads a LexisNexis-style export: fields above the body, 'End of Document' after it", () => {
    const story: Story = (headline, byline, body) => [
      headline,
      "The Norland Gazette",
      "March 3, 2026 Tuesday",
      "Final Edition",
      "",
      "Copyright 2026 Norland Gazette Ltd. All Rights Reserved",
      "",
      "Section: NEWS; Pg. 4",
      "Length: 412 words",
      `Byline: ${byline}`,
      "",
      "Body",
      "",
      ...body.flatMap((text) => [text, ""]),
      "Load-Date: March 4, 2026",
      "",
      "End of Document",
      "",
    ];
    expectTwoStories(story);
  });

  it("reads a Factiva-style export: byline, length, date, source and language over the body", () => {
    const story: Story = (headline, byline, body) => [
      headline,
      `By ${byline}`,
      "412 words",
      "3 March 2026",
      "The Norland Gazette",
      "NGZ",
      "English",
      "(c) 2026 Norland Gazette Ltd. All rights reserved.",
      ...body,
      "Document NGZ0000020260303em330001d",
    ];
    expectTwoStories(story);
  });
});

describe("lines outside articles", () => {
  it("reports page furniture before the first article with its line range", () => {
    const { articles, warnings } = parse(["Advertisement", "", HEADLINE, LEDE, ...BODY]);
    expect(articles[0]?.startLine).toBe(3);
    expect(warnings).toEqual([
      { line: 1, code: "outside-article", message: expect.stringContaining("lines 1-1") },
    ]);
  });

  it("keeps furniture inside an article in its range but out of its paragraphs", () => {
    const { articles, warnings } = parse([
      HEADLINE,
      LEDE,
      "Advertisement",
      "Share full article",
      ...BODY,
    ]);
    expect(warnings).toEqual([]);
    expect(articles[0]).toMatchObject({ startLine: 1, endLine: 6, paragraphs: [LEDE, ...BODY] });
  });

  it("reports a dump of furniture only, line by line", () => {
    const { articles, warnings } = parse(["Advertisement", "* * *", "", "Share full article"]);
    expect(articles).toEqual([]);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [1, "outside-article"],
      [2, "outside-article"],
      [4, "outside-article"],
    ]);
  });

  it("does not warn empty-input for a dump of furniture", () => {
    expect(parseDump("Advertisement\n").warnings.map((w) => w.code)).toEqual(["outside-article"]);
  });
});

describe("a short tail under a closing contributor line", () => {
  const credit = "Kai Lund in Holt contributed to this report.";
  const SECOND = "Harbour Town Votes to Rebuild Its Old Ferry Pier";
  const PIER = [
    "The town council voted on Tuesday to rebuild the ferry pier that storms wrecked last winter.",
    "Work starts in late summer and should take two years.",
  ];

  it("stays with the story above when it does not read as a lede", () => {
    const note =
      "This report was featured in the Monday, March 2 episode of the Morning Line, the Gazette's daily news podcast.";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, credit, note, SECOND, ...PIER]);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, 6],
      [7, 9],
    ]);
  });

  it("opens its own article when it reads as a lede", () => {
    const { articles } = parse([HEADLINE, LEDE, ...BODY, credit, ...LIBRARY, SECOND, ...PIER]);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, 5],
      [6, 7],
      [8, 10],
    ]);
  });
});

describe("an ellipsis on a line of its own", () => {
  const speakers = [
    "MARTA LINDQVIST: The council met again on Tuesday, and the pier was the first thing on the table.",
    "OREN BAKSHI: It was, and nobody in the room wanted to wait another winter for the repairs.",
  ];

  it("parts nothing: words left out of a transcript inside the story", () => {
    const transcript = [speakers[0] as string, ". . .", speakers[1] as string];
    expect(parse([HEADLINE, LEDE, ...BODY, ...transcript]).articles).toHaveLength(1);
  });

  it("leaves a rule of separators to part stories as before", () => {
    const { articles } = parse([HEADLINE, LEDE, ...BODY, "* * *", ...LIBRARY]);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, 5],
      [6, 7],
    ]);
  });
});

describe("debris under a separator", () => {
  it("opens the article under the separator, not the one above", () => {
    const credit = "Photo: Ragna Solberg/Norland Wire";
    const { articles } = parse([HEADLINE, LEDE, ...BODY, "* * *", credit, ...LIBRARY]);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, 5],
      [6, 8],
    ]);
  });
});
