import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format.js";
import { MalformedJsonError } from "./errors.js";
import { parseJsonDump, parseNdjsonDump } from "./json-dump.js";
import { splitLines } from "./lines.js";
import { parseDump } from "./parse-dump.js";

// Fictional articles written for these tests.
const PIER = {
  title: "Harbour Town Votes to Rebuild Its Old Ferry Pier",
  summary: "The council backed the plan after a year of argument.",
  author: "Marta Lindqvist",
  body: "PORT ALDWIN, Norland — The town council voted on Tuesday to rebuild the ferry pier.\n\nWork starts in late summer.\n\nIlse Maren contributed reporting from Port Aldwin.",
};
const RAIL = {
  headline: "Mountain Rail Line Reopens After Spring Floods",
  byline: "By Teodor Vance and Kai Lund",
  text: "Trains returned to the mountain line on Sunday.\nCrews rebuilt two culverts.",
};
const CHESS = {
  hed: "Retirees’ Chess Club Wins Regional Title",
  content:
    "<p>Members of the Lindenfeld Chess Circle won on Saturday.</p><p>The club meets in a <b>bakery</b>.</p>",
  authors: [{ name: "Samir Haddou" }, { name: "Anna Berg" }],
};

function malformed(run: () => unknown): MalformedJsonError {
  try {
    run();
  } catch (error) {
    if (error instanceof MalformedJsonError) return error;
    throw error;
  }
  throw new Error("expected a MalformedJsonError");
}

describe("detectFormat", () => {
  it.each<[string, string]>([
    ["[\n  {", "json"],
    ['{\n  "articles": [', "json"],
    ['{"title": "A", "body": "b"}\n{"title": "B", "body": "c"}', "ndjson"],
    ['\n\n  {"title": "A", "body": "b"}\n{"title": "B", "body": "c"}', "ndjson"],
    ['{"status": "ok", "articles": [{"title": "A", "body": "b"}]}', "json"],
    ["Harbour Town Votes\nThe council voted.", "text"],
    ["", "text"],
  ])("reads %j as %s", (text, format) => {
    expect(detectFormat(splitLines(text))).toBe(format);
  });
});

describe("JSON dumps", () => {
  const pretty = JSON.stringify([PIER, RAIL, CHESS], null, 2);

  it("reads an array of article objects with their field aliases", () => {
    const { articles, warnings } = parseDump(pretty);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => [a.headline, a.headlineSource, a.dek, a.contributors])).toEqual([
      [PIER.title, "dump", PIER.summary, ["Marta Lindqvist", "Ilse Maren"]],
      [RAIL.headline, "dump", null, ["Teodor Vance", "Kai Lund"]],
      [CHESS.hed, "dump", null, ["Samir Haddou", "Anna Berg"]],
    ]);
  });

  it("splits bodies into paragraphs on blank lines, else on line ends, and strips HTML", () => {
    const [pier, rail, chess] = parseDump(pretty).articles;
    expect(pier?.paragraphs).toEqual([
      "PORT ALDWIN, Norland — The town council voted on Tuesday to rebuild the ferry pier.",
      "Work starts in late summer.",
      "Ilse Maren contributed reporting from Port Aldwin.",
    ]);
    expect(rail?.paragraphs).toEqual([
      "Trains returned to the mountain line on Sunday.",
      "Crews rebuilt two culverts.",
    ]);
    expect(chess?.paragraphs).toEqual([
      "Members of the Lindenfeld Chess Circle won on Saturday.",
      "The club meets in a bakery.",
    ]);
  });

  it("tiles the file: each article runs from its object to the next one", () => {
    const lines = pretty.split("\n");
    const starts = lines.flatMap((line, i) => (line === "  {" ? [i + 1] : []));
    const { articles } = parseDump(pretty);
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, (starts[1] as number) - 1],
      [starts[1], (starts[2] as number) - 1],
      [starts[2], lines.length],
    ]);
  });

  it("reads an object holding the articles under `articles`", () => {
    const text = `\n${JSON.stringify({ source: "desk", articles: [PIER, RAIL] }, null, 2)}\n\n`;
    const { articles } = parseDump(text);
    expect(articles.map((a) => a.headline)).toEqual([PIER.title, RAIL.headline]);
    expect(articles[0]?.startLine).toBe(2);
    expect(articles[1]?.endLine).toBe(text.trimEnd().split("\n").length);
  });

  it("reads a single article object", () => {
    expect(parseDump(JSON.stringify(RAIL, null, 2)).articles.map((a) => a.headline)).toEqual([
      RAIL.headline,
    ]);
  });

  it("accepts a body given as an array of paragraphs and derives a missing headline", () => {
    const { articles } = parseJsonDump(
      JSON.stringify([
        { paragraphs: ["Trains returned to the mountain line on Sunday.", "Crews worked nights."] },
      ]),
    );
    expect(articles[0]).toMatchObject({
      headline: "Trains returned to the mountain line",
      headlineSource: "derived",
      paragraphs: ["Trains returned to the mountain line on Sunday.", "Crews worked nights."],
    });
  });

  it("cleans fields like text lines (NBSP, zero-width spaces, NFC)", () => {
    const { articles } = parseJsonDump(
      JSON.stringify([
        { title: "Cafe\u0301\u00a0Reopens\u200b", body: "The cafe\u0301 reopened\u00a0today." },
      ]),
    );
    expect(articles[0]?.headline).toBe("Café Reopens");
    expect(articles[0]?.paragraphs).toEqual(["The café reopened today."]);
  });

  it("skips an object without body text with an outside-article warning at its line", () => {
    const text = JSON.stringify([PIER, { title: "No body here" }, RAIL], null, 2);
    const { articles, warnings } = parseDump(text);
    expect(articles.map((a) => a.headline)).toEqual([PIER.title, RAIL.headline]);
    const skippedLine = text.split("\n").findIndex((l) => l.includes("No body here"));
    expect(warnings).toEqual([
      { line: skippedLine, code: "outside-article", message: expect.stringMatching(/no body/) },
    ]);
  });

  it("reads a minified object that holds the articles in a list", () => {
    const { articles } = parseDump(JSON.stringify({ status: "ok", articles: [PIER, RAIL] }));
    expect(articles.map((a) => a.headline)).toEqual([PIER.title, RAIL.headline]);
  });

  it("finds the list inside an API's response object", () => {
    const text = JSON.stringify({
      status: "ok",
      response: { meta: { hits: 2 }, docs: [PIER, RAIL] },
    });
    expect(parseDump(text).articles.map((a) => a.headline)).toEqual([PIER.title, RAIL.headline]);
  });

  it("warns when a JSON dump holds no article objects", () => {
    for (const text of ["[]", "[1, 2]", '{"articles": []}']) {
      expect(parseDump(text).warnings).not.toEqual([]);
    }
  });

  it("puts articles that share a line on that line (minified JSON)", () => {
    const { articles } = parseDump(JSON.stringify([PIER, RAIL]));
    expect(articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe("malformed JSON", () => {
  it.each<[string, string, number, number, RegExp]>([
    [
      "a missing comma",
      '[\n  {"title": "A", "body": "x"}\n  {"title": "B", "body": "y"}\n]',
      3,
      3,
      /expected ','/,
    ],
    ["a missing colon", '[\n  {"title" "A", "body": "x"}\n]', 2, 12, /expected ':'/],
    [
      "an unclosed string",
      '[\n  {"title": "A", "body": "x},\n  {"title": "B"}\n]',
      2,
      26,
      /string is not closed/,
    ],
    ["a trailing comma", '[\n  {"title": "A", "body": "x"},\n]', 3, 1, /expected a value/],
    ["a missing bracket", '[\n  {"title": "A", "body": "x"}\n', 3, 1, /expected '\]'/],
    ["a missing brace", '{"title": "A",\n "body": "x"\n', 3, 1, /expected '}'/],
    [
      "a comment",
      '[\n  // note\n  {"title": "A", "body": "x"}\n]',
      2,
      3,
      /comments are not allowed/,
    ],
    [
      "text after the value",
      '[\n  {"title": "A", "body": "x"}\n]\nmore',
      4,
      1,
      /expected the end of the file|unexpected/,
    ],
  ])(
    "reports %s with its line, column and what was expected",
    (_, text, line, column, expected) => {
      const error = malformed(() => parseDump(text));
      expect(error).toMatchObject({ line, column });
      expect(error.expected).toMatch(expected);
      expect(error.message).toContain(`line ${line}, column ${column}`);
      expect(error.message).toMatch(/--format text/);
    },
  );

  it("counts lines the same with CRLF line ends", () => {
    const text = '[\r\n  {"title": "A", "body": "x"}\r\n  {"title": "B", "body": "y"}\r\n]';
    expect(malformed(() => parseDump(text))).toMatchObject({ line: 3, column: 3 });
  });

  it("rejects a JSON value that holds no articles", () => {
    const error = malformed(() => parseDump('"just a string"', { format: "json" }));
    expect(error.line).toBe(1);
    expect(error.expected).toMatch(/expected an array of article objects/);
  });
});

describe("fields written in HTML", () => {
  const body = (text: unknown) =>
    parseDump(JSON.stringify([{ title: "Ferry Pier Vote", body: text }]));

  it("makes a paragraph of each block element and decodes character references", () => {
    const { articles } = body(
      "<div><p>The council&rsquo;s vote was 7&ndash;2.</p>\n<p>Work starts\n in <em>late</em>&nbsp;summer.<br>Crews are ready.</p><ul><li>Cost: &euro;4m</li></ul></div>",
    );
    expect(articles[0]?.paragraphs).toEqual([
      "The council’s vote was 7–2.",
      "Work starts in late summer.",
      "Crews are ready.",
      "Cost: €4m",
    ]);
  });

  it("reads text that an API nests in an object (WordPress, the NYT)", () => {
    const { articles } = parseDump(
      JSON.stringify([
        {
          title: { rendered: "Ferry Pier Vote &#8211; Council Says Yes" },
          content: { rendered: "<p>The council voted 7&ndash;2.</p><p>Work starts in May.</p>" },
        },
        { headline: { main: "Rail Line Reopens" }, text: "Trains ran on Sunday." },
      ]),
    );
    expect(articles.map((a) => [a.headline, a.paragraphs])).toEqual([
      ["Ferry Pier Vote – Council Says Yes", ["The council voted 7–2.", "Work starts in May."]],
      ["Rail Line Reopens", ["Trains ran on Sunday."]],
    ]);
  });

  it("leaves out scripts, styles and picture captions", () => {
    const { articles } = body(
      "<p>The pier reopens in May.</p><figure><img src=pier.jpg><figcaption>The old pier, 1911.</figcaption></figure><script>track()</script><style>p{}</style><p>Fares stay the same.</p>",
    );
    expect(articles[0]?.paragraphs).toEqual(["The pier reopens in May.", "Fares stay the same."]);
  });

  it("decodes references in a headline and in plain text, and leaves x<y and z>w alone", () => {
    const { articles } = parseDump(
      JSON.stringify([
        {
          title: "Rates &amp; Ratings: What&#8217;s Next",
          text: "If x<y and z>w, the &quot;rule&quot; holds.",
        },
      ]),
    );
    expect(articles[0]).toMatchObject({
      headline: "Rates & Ratings: What’s Next",
      paragraphs: ['If x<y and z>w, the "rule" holds.'],
    });
  });
});

describe("NDJSON dumps", () => {
  const ndjson = [PIER, RAIL, CHESS].map((o) => JSON.stringify(o)).join("\n");

  it("reads one article per line, auto-detected", () => {
    const { articles, warnings } = parseDump(ndjson);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => [a.headline, a.startLine, a.endLine])).toEqual([
      [PIER.title, 1, 1],
      [RAIL.headline, 2, 2],
      [CHESS.hed, 3, 3],
    ]);
  });

  it("skips blank lines and keeps the file's line numbers", () => {
    const { articles } = parseDump(`\r\n${ndjson.replaceAll("\n", "\r\n\r\n")}\r\n`);
    expect(articles.map((a) => a.startLine)).toEqual([2, 4, 6]);
  });

  it("reports a bad line by its number", () => {
    const text = `${ndjson}\n{"title": "D", body: "w"}\n${JSON.stringify(RAIL)}`;
    const error = malformed(() => parseDump(text));
    expect(error.line).toBe(4);
    expect(error.column).toBe(16);
    expect(error.message).toMatch(/line 4/);
  });

  it("reports a cut-off line by its number", () => {
    const error = malformed(() =>
      parseNdjsonDump(splitLines(`${ndjson}\n\n{"title": "D", "body": "cut`)),
    );
    expect(error.line).toBe(5);
    expect(error.expected).toMatch(/string is not closed/);
  });

  it("warns about a line that is not an article object", () => {
    const { articles, warnings } = parseNdjsonDump(splitLines(`${JSON.stringify(PIER)}\n42\n{}`));
    expect(articles).toHaveLength(1);
    expect(warnings.map((w) => [w.line, w.code])).toEqual([
      [2, "outside-article"],
      [3, "outside-article"],
    ]);
  });
});

describe("format option", () => {
  const ndjson = [PIER, RAIL, CHESS].map((o) => JSON.stringify(o)).join("\n");

  it("overrides detection: NDJSON read as text is text", () => {
    const { articles } = parseDump(ndjson, { format: "text" });
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((a) => a.paragraphs.join(" ").includes("{"))).toBe(true);
  });

  it("reads a text dump opening with a bracketed caption as text, and JSON when forced", () => {
    const text =
      "[Photo: the ferry pier at dawn]\nHarbour Town Votes to Rebuild Its Pier\nThe council voted on Tuesday to rebuild the pier that has served the town for a century.\n";
    const headlines = parseDump(text).articles.map((a) => a.headline);
    expect(headlines).toContain("Harbour Town Votes to Rebuild Its Pier");
    expect(() => parseDump(text, { format: "json" })).toThrow(MalformedJsonError);
  });

  it("`auto` is the default", () => {
    expect(parseDump(ndjson, { format: "auto" })).toEqual(parseDump(ndjson));
  });

  it("json on NDJSON fails at the second object; ndjson on pretty JSON fails at line 1", () => {
    expect(malformed(() => parseDump(ndjson, { format: "json" })).line).toBe(2);
    expect(
      malformed(() => parseDump(JSON.stringify([PIER], null, 2), { format: "ndjson" })).line,
    ).toBe(1);
  });
});
