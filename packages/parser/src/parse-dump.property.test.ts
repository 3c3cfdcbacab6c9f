import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeDump } from "./decode.js";
import { MAX_DERIVED_HEADLINE } from "./derive-headline.js";
import { detectFormat } from "./detect-format.js";
import {
  DocumentFileError,
  DumpError,
  DumpTooLargeError,
  EmptyDumpError,
  JsonTooDeepError,
  MalformedJsonError,
  NotTextError,
} from "./errors.js";
import { splitLines } from "./lines.js";
import { parseDump } from "./parse-dump.js";
import { wrap } from "./test-support/compose-dump.js";
import type { DumpFormat, ParseOptions, ParseResult } from "./types.js";

/*
 * The invariants parseDump keeps on any input, stated precisely:
 *
 * 1. It returns, or throws a DumpError subclass (NotTextError, DumpTooLargeError,
 *    MalformedJsonError, JsonTooDeepError, EmptyDumpError, DocumentFileError). Nothing else
 *    escapes.
 * 2. Lines are those of the decoded text split on \r\n|\r|\n. A line is blank when it holds
 *    only whitespace and the characters cleaning removes (zero-width space, word joiner, BOM,
 *    soft hyphen, ESC).
 * 3. Articles are in order: 1 <= startLine <= endLine <= line count, and each starts at or
 *    after the previous one. Text and NDJSON articles never overlap and start and end on
 *    non-blank lines. JSON articles tile the file from object to object, so articles whose
 *    objects share a line (minified JSON) share that one line: endLine <= next startLine.
 * 4. Coverage. Every non-blank line is inside exactly one article (text, NDJSON; in JSON at
 *    least one, see 3), or it is not in any article and an `outside-article` warning reports
 *    it. A warning reports an uncovered stretch by its first line w: every line from w to
 *    the uncovered line is outside all articles. In a text dump the warning also names the
 *    paragraph's whole range ("lines a-b", a = w), and those ranges and the articles
 *    together hold every non-blank line exactly once. In NDJSON w is the line itself. (JSON
 *    names only the first line of a skipped object: the object runs to the next one.)
 * 5. EmptyDumpError is thrown exactly when the text has no non-blank line, whatever the
 *    format; every warning names a line of the input.
 * 6. Output is deterministic, and does not depend on how the same text arrives: a string or
 *    its UTF-8 bytes, LF or CRLF, plain or no-break spaces, with or without zero-width ones.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: cleanLine turns ESC into a space.
const BLANK = /^[\s\u200b\u2060\u00ad\u001b]*$/u;
const WARNING_CODES = new Set([
  "decoded-as-windows-1252",
  "mojibake-repaired",
  "duplicate-headline",
  "outside-article",
  "boilerplate-line",
]);

type Outcome = { ok: true; result: ParseResult } | { ok: false; error: unknown };

function run(input: Uint8Array | string, options?: ParseOptions): Outcome {
  try {
    return { ok: true, result: parseDump(input, options) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Invariant 1: a typed error with a message that says what to do. */
function checkError(error: unknown): void {
  if (!(error instanceof DumpError)) throw error;
  expect(
    [
      NotTextError,
      DumpTooLargeError,
      MalformedJsonError,
      JsonTooDeepError,
      EmptyDumpError,
      DocumentFileError,
    ].some((type) => error instanceof type),
  ).toBe(true);
  expect(error.message.length).toBeGreaterThan(20);
  if (error instanceof MalformedJsonError) {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
  }
}

/** Invariants 2-5 on a successful parse. */
function checkResult(input: Uint8Array | string, options: ParseOptions, result: ParseResult): void {
  const text = decodeDump(input).text;
  const lines = text.split(/\r\n|\r|\n/);
  const requested: DumpFormat = options.format ?? "auto";
  const format = requested === "auto" ? detectFormat(splitLines(text)) : requested;
  const { articles, warnings } = result;

  // 3. Order and bounds.
  let previous: { startLine: number; endLine: number } | null = null;
  for (const a of articles) {
    expect(Number.isInteger(a.startLine) && Number.isInteger(a.endLine)).toBe(true);
    expect(a.startLine).toBeGreaterThanOrEqual(1);
    expect(a.endLine).toBeGreaterThanOrEqual(a.startLine);
    expect(a.endLine).toBeLessThanOrEqual(lines.length);
    if (format !== "json") {
      expect(BLANK.test(lines[a.startLine - 1] as string)).toBe(false);
      expect(BLANK.test(lines[a.endLine - 1] as string)).toBe(false);
    }
    if (previous) {
      expect(a.startLine).toBeGreaterThanOrEqual(previous.startLine);
      if (format === "json") expect(previous.endLine).toBeLessThanOrEqual(a.startLine);
      else expect(previous.endLine).toBeLessThan(a.startLine);
    }
    previous = a;
  }

  // The fields of the JSON contract (docs/json-contract.md).
  for (const a of articles) {
    expect(typeof a.headline).toBe("string");
    expect(["dump", "derived"]).toContain(a.headlineSource);
    expect(a.dek === null || a.dek.length > 0).toBe(true);
    expect(
      a.paragraphs.length + (a.dek === null ? 0 : 1) + (a.headlineSource === "dump" ? 1 : 0),
    ).toBeGreaterThan(0);
    for (const p of [a.headline, a.dek ?? "", ...a.paragraphs]) expect(p).not.toMatch(/[\r\n]/);
    for (const p of a.paragraphs) expect(p.trim().length).toBeGreaterThan(0);
    expect(new Set(a.contributors).size).toBe(a.contributors.length);
    for (const name of a.contributors) expect(name.trim().length).toBeGreaterThan(0);
    expect(Number.isInteger(a.wordCount) && a.wordCount >= 0).toBe(true);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  }

  // 5. Warnings name lines of the input.
  for (const w of warnings) {
    expect(WARNING_CODES.has(w.code)).toBe(true);
    expect(w.message.length).toBeGreaterThan(0);
    expect(w.line).toBeGreaterThanOrEqual(1);
    expect(w.line).toBeLessThanOrEqual(Math.max(1, lines.length));
  }
  const nonBlank = lines.flatMap((line, i) => (BLANK.test(line) ? [] : [i + 1]));
  expect(nonBlank.length).toBeGreaterThan(0);

  // 4. Coverage.
  const outside = warnings.filter((w) => w.code === "outside-article");
  const inArticles = (line: number) =>
    articles.filter((a) => a.startLine <= line && line <= a.endLine).length;
  for (const line of nonBlank) {
    const covered = inArticles(line);
    if (format !== "json") expect(covered).toBeLessThanOrEqual(1);
    if (covered > 0) continue;
    const reported = outside.some((w) => {
      if (w.line > line) return false;
      for (let k = w.line; k <= line; k++) if (inArticles(k) > 0) return false;
      return true;
    });
    if (!reported)
      throw new Error(
        `line ${line} (${JSON.stringify(lines[line - 1])}) is in no article and no warning`,
      );
  }
  if (format === "ndjson") {
    for (const w of outside) expect(inArticles(w.line)).toBe(0);
  }
  if (format === "text") {
    const ranges = outside.map((w) => {
      const match = /lines (\d+)-(\d+)/.exec(w.message);
      expect(match).not.toBeNull();
      const [from, to] = [Number(match?.[1]), Number(match?.[2])];
      expect(from).toBe(w.line);
      expect(to).toBeGreaterThanOrEqual(from);
      return [from, to] as const;
    });
    for (const line of nonBlank) {
      const inRanges = ranges.filter(([from, to]) => from <= line && line <= to).length;
      expect(inArticles(line) + inRanges).toBe(1);
    }
    for (const w of warnings.filter((x) => x.code === "duplicate-headline"))
      expect(inArticles(w.line)).toBe(1);
  }
}

/** Invariants 1-6 for one input: run twice, compare, check. */
function checkInput(input: Uint8Array | string, options: ParseOptions = {}): Outcome {
  const first = run(input, options);
  const second = run(input, options);
  if (!first.ok) {
    checkError(first.error);
    if (first.error instanceof EmptyDumpError) {
      const lines = decodeDump(input).text.split(/\r\n|\r|\n/);
      expect(lines.every((line) => BLANK.test(line))).toBe(true);
    }
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error).toEqual(first.error);
    return first;
  }
  expect(second).toEqual(first);
  checkResult(input, options, first.result);
  return first;
}

/** The same outcome: equal results, or errors of the same class (and position, for JSON). */
function expectSameOutcome(a: Outcome, b: Outcome): void {
  if (a.ok || b.ok) {
    expect(b).toEqual(a);
    return;
  }
  expect((b.error as Error).name).toBe((a.error as Error).name);
  if (a.error instanceof MalformedJsonError)
    expect(b.error).toMatchObject({ line: a.error.line, column: a.error.column });
}

const utf8 = (text: string) => new TextEncoder().encode(text);

// ---------------------------------------------------------------------------------------
// Generators.

const formatOption = fc.constantFrom<ParseOptions>(
  {},
  {},
  {},
  { format: "auto" },
  { format: "text" },
  { format: "json" },
  { format: "ndjson" },
);

/** Bytes that pass the binary check, so the text, Windows-1252 and UTF-16 paths run. */
const textishBytes = fc
  .tuple(
    fc.constantFrom<number[]>([], [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]),
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
        { weight: 2, arbitrary: fc.constantFrom(0x0a, 0x0d, 0x09, 0x0c, 0x1b) },
        { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
      ),
      { maxLength: 400 },
    ),
  )
  .map(([bom, body]) => new Uint8Array([...bom, ...body]));

/** Strings of anything, weighted towards what breaks parsers: line ends, odd spaces, braces. */
const trickyString = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
      { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 12 }) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          "\n",
          "\r\n",
          "\r",
          "\n\n",
          " ",
          "\t",
          "\u00a0",
          "\u200b",
          "\ufeff",
          "e\u0301",
          "{",
          "}",
          "[",
          "]",
          '"',
          ",",
          ":",
          "By ",
          "KYIV, Ukraine — ",
          " contributed reporting.",
          "Advertisement",
          "* * *",
        ),
      },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

const FIRST = [
  "Marta",
  "Oren",
  "Ilse",
  "Teodor",
  "Petra",
  "Samir",
  "Anna",
  "Kai",
  "Ragna",
  "Halvard",
  "Lena",
  "Chen",
];
const LAST = [
  "Lindqvist",
  "Bakshi",
  "Maren",
  "Vance",
  "Oyelaran",
  "Haddou",
  "Berg",
  "Lund",
  "Solberg",
  "Ness",
  "Ortiz",
  "Wei",
];
const PLACES = ["Port Aldwin", "Granvik", "Holt", "Lindenfeld", "Nordhavn", "Valbrek", "Sella"];
const WORDS = (
  "the a of to and in on for with council harbour ferry pier river track crews said would could after before " +
  "winter summer storm vote plan cost bridge station bakery club team match school hospital nurse engineers " +
  "residents officials week month years repair flood line trains weekend tournament budget market prices"
).split(" ");

const name = fc
  .tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST))
  .map(([f, l]) => `${f} ${l}`);
const place = fc.constantFrom(...PLACES);
const plainWord = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]{2,10}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("Tuesday", "42", "well-known", "café", "“quoted”", "don’t"),
  },
  { weight: 1, arbitrary: name },
  { weight: 1, arbitrary: place },
);
const sentence = fc.array(plainWord, { minLength: 4, maxLength: 22 }).map((w) => {
  const text = w.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const headlineText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), place, name), { minLength: 3, maxLength: 10 })
  .map((w) => w.map((x) => `${x.charAt(0).toUpperCase()}${x.slice(1)}`).join(" "));
const dateline = fc.constantFrom(
  "KYIV, Ukraine — ",
  "LONDON (Reuters) - ",
  "GRANVIK (Norland Wire) — ",
  "PORT ALDWIN, Norland — ",
);
const byline = fc
  .array(name, { minLength: 1, maxLength: 3 })
  .map((names) => `By ${names.join(" and ")}`);
const contributorLine = fc.oneof(
  fc.tuple(name, name, place).map(([a, b, p]) => `${a} and ${b} contributed reporting from ${p}.`),
  fc
    .tuple(name, place, name, place)
    .map(([a, p, b, q]) => `${a} contributed reporting from ${p}, and ${b} from ${q}.`),
  fc.tuple(name, place).map(([a, p]) => `Reporting was contributed by ${a} in ${p}.`),
  name.map((a) => `Additional reporting by ${a}.`),
  fc
    .array(name, { minLength: 3, maxLength: 4 })
    .map((n) => `${n.slice(0, -1).join(", ")} and ${n.at(-1)} contributed reporting.`),
);
const furniture = fc.constantFrom(
  "Advertisement",
  "* * *",
  "Share full article",
  "----",
  "Skip Advertisement",
);

interface GeneratedArticle {
  blocks: string[];
}

const article: fc.Arbitrary<GeneratedArticle> = fc
  .record({
    headline: fc.option(headlineText, { freq: 2 }),
    duplicate: fc.boolean(),
    dek: fc.option(sentence, { freq: 3 }),
    byline: fc.option(byline, { freq: 2 }),
    dateline: fc.option(dateline, { freq: 2 }),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    contributor: fc.option(contributorLine, { freq: 2 }),
    furniture: fc.option(fc.tuple(fc.nat(), furniture), { freq: 3 }),
    subhead: fc.option(fc.tuple(fc.nat(), headlineText), { freq: 3 }),
  })
  .map((a) => {
    const body = [...a.paragraphs];
    if (a.dateline) body[0] = `${a.dateline}${body[0]}`;
    if (a.furniture) body.splice(1 + (a.furniture[0] % body.length), 0, a.furniture[1]);
    if (a.subhead) body.splice(1 + (a.subhead[0] % body.length), 0, a.subhead[1]);
    const blocks = [
      ...(a.headline ? [a.headline, ...(a.duplicate ? [a.headline] : [])] : []),
      ...(a.headline && a.dek ? [a.dek] : []),
      ...(a.byline ? [a.byline] : []),
      ...body,
      ...(a.contributor ? [a.contributor] : []),
    ];
    return { blocks };
  });

/** A text dump of generated articles in a random layout; LF line ends (tests vary them). */
const textDump = fc
  .record({
    articles: fc.array(article, { minLength: 1, maxLength: 6 }),
    layout: fc.constantFrom("lines", "blank", "wrapped", "mixed"),
    width: fc.integer({ min: 60, max: 80 }),
    extraBlanks: fc.array(fc.nat({ max: 3 }), { minLength: 60, maxLength: 60 }),
    leading: fc.constantFrom("", "", "\n", "Advertisement\n\n", "   \n"),
    trailing: fc.constantFrom("", "\n", "\n\n\n", "\nShare full article\n"),
  })
  .map(({ articles, layout, width, extraBlanks, leading, trailing }) => {
    const out: string[] = [];
    let k = 0;
    for (const a of articles) {
      for (const block of a.blocks) {
        const blanks =
          layout === "lines" ? 0 : layout === "mixed" ? (extraBlanks[k++ % 60] as number) : 1;
        if (out.length > 0) for (let i = 0; i < blanks; i++) out.push("");
        out.push(...(layout === "wrapped" ? wrap(block, width) : [block]));
      }
    }
    return `${leading}${out.join("\n")}${trailing}`;
  });

const jsonValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
);
const jsonArticle = fc
  .record(
    {
      title: fc.oneof(headlineText, jsonValue),
      headline: headlineText,
      body: fc.oneof(
        fc.array(paragraph, { minLength: 1, maxLength: 4 }).map((p) => p.join("\n\n")),
        fc.array(paragraph, { minLength: 1, maxLength: 4 }),
        fc
          .array(paragraph, { minLength: 1, maxLength: 3 })
          .map((p) => p.map((x) => `<p>${x}</p>`).join("")),
        jsonValue,
      ),
      text: paragraph,
      summary: sentence,
      author: fc.oneof(
        name,
        fc.array(name, { maxLength: 3 }),
        fc.array(
          name.map((n) => ({ name: n })),
          { maxLength: 2 },
        ),
      ),
      extra: jsonValue,
    },
    { requiredKeys: [] },
  )
  .map((o) => o as Record<string, unknown>);
const jsonDump = fc
  .record({
    items: fc.array(
      fc.oneof({ weight: 5, arbitrary: jsonArticle }, { weight: 1, arbitrary: jsonValue }),
      { maxLength: 6 },
    ),
    shape: fc.constantFrom("array", "wrapped", "ndjson", "single"),
    indent: fc.constantFrom(0, 2, 4),
    crlf: fc.boolean(),
    mutate: fc.option(fc.tuple(fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "{", ":", "x")), {
      freq: 3,
    }),
  })
  .map(({ items, shape, indent, crlf, mutate }) => {
    let text: string;
    if (shape === "ndjson") text = items.map((o) => JSON.stringify(o)).join("\n");
    else if (shape === "single")
      text = JSON.stringify(items.find((o) => typeof o === "object") ?? {}, null, indent);
    else text = JSON.stringify(shape === "array" ? items : { articles: items }, null, indent);
    if (mutate && text.length > 0) {
      const at = mutate[0] % text.length;
      text = `${text.slice(0, at)}${mutate[1]}${text.slice(at + 1)}`;
    }
    return crlf ? text.replaceAll("\n", "\r\n") : text;
  });

// ---------------------------------------------------------------------------------------

describe("parseDump on arbitrary input", () => {
  it("returns or throws a DumpError for arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), formatOption, (bytes, options) => {
        checkInput(bytes, options);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its invariants on text-like bytes (UTF-8, Windows-1252, UTF-16)", () => {
    fc.assert(
      fc.property(textishBytes, formatOption, (bytes, options) => {
        checkInput(bytes, options);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its invariants on arbitrary strings with unicode, controls and line ends", () => {
    fc.assert(
      fc.property(trickyString, formatOption, (text, options) => {
        checkInput(text, options);
      }),
      { numRuns: 400 },
    );
  });

  it("treats a string and its UTF-8 bytes alike", () => {
    fc.assert(
      fc.property(trickyString, (text) => {
        fc.pre(!/\p{Cs}/u.test(text)); // no lone surrogates: UTF-8 cannot carry them
        expectSameOutcome(run(text), run(utf8(text)));
      }),
      { numRuns: 200 },
    );
  });

  it("throws DumpTooLargeError over maxBytes, whatever the content", () => {
    fc.assert(
      fc.property(
        fc.oneof(trickyString, fc.uint8Array({ maxLength: 200 })),
        fc.nat({ max: 100 }),
        (input, maxBytes) => {
          const size = typeof input === "string" ? utf8(input).byteLength : input.byteLength;
          const outcome = run(input, { maxBytes });
          if (size > maxBytes) {
            expect(outcome.ok).toBe(false);
            if (!outcome.ok) expect(outcome.error).toBeInstanceOf(DumpTooLargeError);
          } else if (!outcome.ok) {
            expect(outcome.error).not.toBeInstanceOf(DumpTooLargeError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("parseDump on generated text dumps", () => {
  it("keeps its invariants, with derived headlines of at most 90 characters", () => {
    fc.assert(
      fc.property(textDump, fc.constantFrom("\n", "\r\n", "\r"), (text, eol) => {
        const input = text.replaceAll("\n", eol);
        const outcome = checkInput(input);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.result.articles.length).toBeGreaterThan(0);
        for (const a of outcome.result.articles) {
          if (a.headlineSource === "derived")
            expect(a.headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
          expect(a.headline.length).toBeGreaterThan(0);
          expect(a.wordCount).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same result for LF, CRLF and CR line ends and for UTF-8 bytes", () => {
    fc.assert(
      fc.property(textDump, (text) => {
        const lf = run(text);
        expectSameOutcome(lf, run(text.replaceAll("\n", "\r\n")));
        expectSameOutcome(lf, run(text.replaceAll("\n", "\r")));
        expectSameOutcome(lf, run(utf8(text)));
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same result with no-break, zero-width and trailing spaces, or decomposed accents", () => {
    fc.assert(
      fc.property(
        textDump,
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        (text, coin) => {
          let i = 0;
          const flip = () => coin[i++ % coin.length] as boolean;
          const noisy = text
            .split("\n")
            .map((line) => {
              const spaced = line
                .replace(/ /g, () => (flip() ? "\u00a0" : " "))
                .replace(/(\p{L})(\p{L})/gu, (_, a: string, b: string) =>
                  flip() && flip() ? `${a}\u200b${b}` : `${a}${b}`,
                );
              return (flip() ? `${spaced} \t` : spaced).normalize(flip() ? "NFD" : "NFC");
            })
            .join("\n");
          expectSameOutcome(run(text), run(noisy));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("parseDump on generated JSON and NDJSON dumps", () => {
  it("keeps its invariants, valid or mutated, auto-detected or forced", () => {
    fc.assert(
      fc.property(jsonDump, formatOption, (text, options) => {
        checkInput(text, options);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same result or the same error position for LF and CRLF", () => {
    fc.assert(
      fc.property(jsonDump, (text) => {
        fc.pre(!text.includes("\r"));
        expectSameOutcome(run(text), run(text.replaceAll("\n", "\r\n")));
      }),
      { numRuns: 100 },
    );
  });
});
