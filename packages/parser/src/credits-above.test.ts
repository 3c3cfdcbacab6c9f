import { describe, expect, it } from "vitest";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { isPictureLine, picturesToStoryBelow } from "./credits-above.js";
import { isPictureCredit } from "./page-debris.js";
import type { Paragraph } from "./paragraphs.js";
import { parseText } from "./parse-text.js";
import type { ParagraphFeatures } from "./text-features.js";

const FIRST_STORY = [
  "Harbour board approves new ferry timetable",
  "By Mirelle Tanaka",
  "The harbour board in Kestrel Bay voted on Tuesday to add three evening ferry crossings to the winter timetable, after a petition signed by more than two thousand island residents.",
  "Board chair Osric Pell said the extra sailings would start in November and cost about 40,000 dollars a season, paid from the harbour's reserve fund.",
  "Islanders had complained for years that the last boat left the mainland before most shifts ended, leaving nurses and shop workers stranded overnight.",
];
const SECOND_STORY = [
  "Orchard growers count losses after late frost",
  "By Dalia Fenwick",
  "Apple growers across the Vell valley say a frost in the first week of May destroyed as much as half of this year's blossom, the worst damage in two decades.",
  "The growers' cooperative has asked the regional council for emergency loans to cover seasonal pickers' wages through the thin harvest.",
  "Some orchards lit fires between the rows overnight to keep the air above freezing, but the cold settled too fast in the lower fields.",
];

describe("isPictureCredit", () => {
  it("knows a picture's credit, bracketed or not", () => {
    expect(isPictureCredit("Photo: Ansel Korrin/Valley Wire")).toBe(true);
    expect(isPictureCredit("(Ansel Korrin/Valley Wire)")).toBe(true);
    expect(isPictureCredit("Courtesy of the Kestrel Bay museum")).toBe(true);
  });

  it("leaves other debris and prose alone", () => {
    expect(isPictureCredit("Share this article")).toBe(false);
    expect(isPictureCredit("Editor's note: this story was updated on Friday.")).toBe(false);
    expect(isPictureCredit("The photo was taken by a passer-by on the pier.")).toBe(false);
    // A caption in a sentence follows pictures inside a story as often as it leads one.
    expect(isPictureCredit("Photo: Gulls circle the ferry as it leaves Kestrel Bay.")).toBe(false);
  });
});

// Two stories pasted without their headlines: the parser finds where the second begins by the
// change of cast and vocabulary.
const FIRST_BODY = [
  ...FIRST_STORY.slice(2),
  "Pell said the board would review the timetable again in spring once it had counted passengers on the new sailings.",
];
const SECOND_BODY = [
  ...SECOND_STORY.slice(2),
  "Cooperative secretary Hild Marrow said prices for the surviving fruit were likely to rise sharply by autumn.",
];

describe("a picture credit directly above an article", () => {
  it("opens a headless article found by its gap", () => {
    const plain = parseText(`${[...FIRST_BODY, ...SECOND_BODY].join("\n")}\n`).articles;
    expect(plain.map((a) => a.startLine)).toEqual([1, FIRST_BODY.length + 1]);
    const lines = [...FIRST_BODY, "Photo: Ansel Korrin/Valley Wire", ...SECOND_BODY];
    const { articles } = parseText(`${lines.join("\n")}\n`);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, FIRST_BODY.length],
      [FIRST_BODY.length + 1, lines.length],
    ]);
    expect(articles[1]?.paragraphs).toEqual(SECOND_BODY);
  });

  it("opens the dump's first article", () => {
    const text = ["Photo: Ansel Korrin/Valley Wire", ...FIRST_STORY].join("\n");
    const { articles, warnings } = parseText(`${text}\n`);
    expect(articles[0]?.startLine).toBe(1);
    expect(articles[0]?.headline).toBe(FIRST_STORY[0]);
    // The credit is the article's line, not text outside every article, nor a paragraph.
    expect(warnings.filter((w) => w.code === "outside-article")).toEqual([]);
    expect(articles[0]?.paragraphs).toEqual(FIRST_STORY.slice(2));
  });

  it("over a later headline, stays with the story above", () => {
    // A credit may close the story above as well as lead the one under the headline: the
    // headline, not the credit, marks where the next one begins.
    const lines = [...FIRST_STORY, "Ansel Korrin/Valley Wire", ...SECOND_STORY];
    const { articles } = parseText(`${lines.join("\n")}\n`);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, FIRST_STORY.length + 1],
      [FIRST_STORY.length + 2, lines.length],
    ]);
    expect(articles[1]?.headline).toBe(SECOND_STORY[0]);
  });

  it("under a contributor line, opens the headless article the break begins", () => {
    // The contributor line closes the story above; the credit under it is the next story's
    // picture, not a line of the story it closes.
    const credit = "Jorun Vale contributed to this report.";
    const lines = [...FIRST_STORY, credit, "(Ansel Korrin/Valley Wire)", ...SECOND_BODY];
    const { articles } = parseText(`${lines.join("\n")}\n`);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, FIRST_STORY.length + 1],
      [FIRST_STORY.length + 2, lines.length],
    ]);
    expect(articles[1]?.paragraphs).toEqual(SECOND_BODY);
  });

  it("never joins an article across prose: only debris directly above the start moves", () => {
    const lines = [...FIRST_STORY, ...SECOND_STORY];
    const { articles } = parseText(`${lines.join("\n")}\n`);
    expect(articles.map((a) => a.startLine)).toEqual([1, FIRST_STORY.length + 1]);
  });
});

const CAPTION = "Growers walk between frosted rows near Vell on Monday. (Ansel Korrin/Valley Wire)";

describe("isPictureLine", () => {
  const text = { kind: "text", words: -1 } as unknown as ParagraphFeatures;
  const at = (line: string) => isPictureLine([{ text: line } as Paragraph], text, 0);

  it("knows a caption that ends with its picture's credit", () => {
    expect(at(CAPTION)).toBe(true);
  });

  it("leaves prose that cites a source in brackets alone when it runs long", () => {
    const long = `${"The cooperative counted the damage field by field across the valley floor. ".repeat(5)}(Ansel Korrin/Valley Wire)`;
    expect(at(long)).toBe(false);
    expect(at(SECOND_BODY[0] as string)).toBe(false);
  });
});

describe("a picture's caption above a headless article", () => {
  it("opens the article found by its gap under it", () => {
    const lines = [...FIRST_BODY, CAPTION, ...SECOND_BODY];
    const { articles } = parseText(`${lines.join("\n")}\n`);
    expect(articles.map((a) => a.startLine)).toEqual([1, FIRST_BODY.length + 1]);
    expect(articles[0]?.paragraphs).toEqual(FIRST_BODY);
  });
});

describe("picturesToStoryBelow", () => {
  const paragraphs = [
    "first story's lede",
    "first story's close",
    CAPTION,
    "second story's lede",
    "second story's close",
  ].map((text) => ({ text }) as Paragraph);
  const features = paragraphs.map(
    () => ({ kind: "text", words: -1 }) as unknown as ParagraphFeatures,
  );
  const spans = (start: ArticleSpan["start"], headline: number | null): ArticleSpan[] => [
    { ...emptySpan(0), last: 2 },
    { ...emptySpan(3), last: 4, headline, start },
  ];

  it("moves a gap start found under the caption up onto it", () => {
    const out = picturesToStoryBelow(spans({ kind: "gap", score: 1 }, null), paragraphs, features);
    expect(out.map((s) => [s.first, s.last])).toEqual([
      [0, 1],
      [2, 4],
    ]);
  });

  it("moves a start the headline evidence or a dateline took up onto the caption above it", () => {
    for (const kind of ["headline", "dateline"] as const) {
      const out = picturesToStoryBelow(spans({ kind, score: 1 }, 4), paragraphs, features);
      expect(out.map((s) => [s.first, s.last, s.headline])).toEqual([
        [0, 1, null],
        [2, 4, 4],
      ]);
    }
  });

  it("leaves a start taken by a headline rule or a byline where it is", () => {
    for (const kind of ["headline-rule", "byline"] as const) {
      const taken = spans({ kind, score: 0 }, 4);
      expect(picturesToStoryBelow(taken, paragraphs, features)).toEqual(taken);
    }
  });

  it("leaves a headline under a bare credit where it is: the credit closes the story above", () => {
    const credit = features.map((f, p) =>
      p === 2 ? ({ kind: "boilerplate", words: -1 } as unknown as ParagraphFeatures) : f,
    );
    const lines = paragraphs.map((p, i) => (i === 2 ? { text: "(Ansel Korrin/Valley Wire)" } : p));
    const taken = spans({ kind: "headline", score: 1 }, 4);
    expect(picturesToStoryBelow(taken, lines as Paragraph[], credit)).toEqual(taken);
  });
});

describe("picturesToStoryBelow over a picture and a dek", () => {
  const features = (n: number) =>
    Array.from({ length: n }, () => ({ kind: "text", words: -1 }) as unknown as ParagraphFeatures);
  const split = (texts: string[], at: number): ArticleSpan[] => [
    { ...emptySpan(0), last: at - 1 },
    { ...emptySpan(at), last: texts.length - 1, start: { kind: "gap", score: 1 } },
  ];
  const bounds = (texts: string[], at: number) =>
    picturesToStoryBelow(
      split(texts, at),
      texts.map((text) => ({ text }) as Paragraph),
      features(texts.length),
    ).map((s) => [s.first, s.last]);

  // Two stories' prose with a picture and the line under it between them.
  const underPicture = (line: string) => [
    ...FIRST_STORY.slice(2, 4),
    CAPTION,
    line,
    ...SECOND_STORY.slice(2, 4),
  ];

  it.each([
    {
      what: "moves a gap start found at the lede up over the dek and the picture above it",
      line: "Frost in May has cost the valley's apple growers half their blossom.",
      expected: [
        [0, 1],
        [2, 5],
      ],
    },
    {
      what: "leaves the start where the line under the picture is the story above's close",
      line: "The harbour board will review the ferry timetable again next winter.",
      expected: [
        [0, 3],
        [4, 5],
      ],
    },
  ])("$what", ({ line, expected }) => {
    expect(bounds(underPicture(line), 4)).toEqual(expected);
  });
});
