import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanLine, splitLines, Utf8Lines } from "./lines.js";
import { mayCarryMarkup, stripMarkup } from "./markup.js";

describe("splitLines", () => {
  it("splits on LF, CRLF and CR alike, keeping one entry per input line", () => {
    expect(splitLines("one\ntwo\r\nthree\rfour")).toEqual(["one", "two", "three", "four"]);
  });

  it("counts CRLF as one line end and CR CR as two", () => {
    expect(splitLines("a\r\n\r\nb")).toEqual(["a", "", "b"]);
    expect(splitLines("a\r\rb")).toEqual(["a", "", "b"]);
    expect(splitLines("a\n\rb")).toEqual(["a", "", "b"]);
  });

  it("keeps the empty line after a final line end, so line numbers match the file", () => {
    expect(splitLines("a\n")).toEqual(["a", ""]);
    expect(splitLines("")).toEqual([""]);
  });

  it("cleans every line", () => {
    expect(splitLines("caf\u0065\u0301\u00a0bar  \r\n\u200bzero")).toEqual(["café bar", "zero"]);
  });

  it("has as many entries as the text has lines, none holding a line end", () => {
    const pieces = fc.oneof(
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.constantFrom("\n", "\r\n", "\r", "\u00a0", "\u200b", "\t", " "),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const lines = splitLines(text);
        expect(lines).toHaveLength(text.split(/\r\n|\r|\n/).length);
        for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 100 },
    );
  });
});

describe("Utf8Lines", () => {
  it("cleans each line of UTF-8 bytes as splitLines cleans the text, ASCII or not", () => {
    // Printable ASCII, controls, DEL, Latin-1, typography, fixed spaces and what NFC composes,
    // at every offset of the bytes from a 32-bit word's start.
    const unit = fc.constantFrom(
      ..."a|Z| |~|#|*|_|\t|\f|\u001b|\u0001|\u007f|\u0080|é|’|“|\u00a0|\u200b|e\u0301|\n|\r\n|\r|ab cd|EFGH".split(
        "|",
      ),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), fc.nat(3), (units, pad) => {
        const text = units.join("");
        const bytes = new Uint8Array(Buffer.byteLength(text) + pad);
        bytes.set(Buffer.from(text, "utf8"), pad);
        const lines = new Utf8Lines(bytes.subarray(pad));
        expect(lines.slice(0, lines.length)).toEqual(splitLines(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("cleanLine", () => {
  it("turns no-break and other fixed-width spaces into plain spaces", () => {
    expect(cleanLine("10\u00a0000 crowns")).toBe("10 000 crowns");
    expect(cleanLine("Mr.\u202fNess\u2009said")).toBe("Mr. Ness said");
    expect(cleanLine("wide\u3000space\u2007figure")).toBe("wide space figure");
  });

  it("removes zero-width spaces, word joiners, stray BOMs and soft hyphens", () => {
    expect(cleanLine("Port\u200b Al\u00addwin\u2060 har\ufeffbour")).toBe("Port Aldwin harbour");
  });

  it("turns tabs into spaces and trims the line end only", () => {
    expect(cleanLine("\tindented\tline \t ")).toBe(" indented line");
    expect(cleanLine("  kept indent")).toBe("  kept indent");
  });

  it("normalizes to NFC (e + combining acute is é)", () => {
    const cleaned = cleanLine("caf\u0065\u0301 in Jo\u0303ao");
    expect(cleaned).toBe("café in Jõao");
    expect(cleaned).toBe(cleaned.normalize("NFC"));
    expect(cleaned).toHaveLength(12);
  });

  it("normalizes what NFC changes even among curly quotes: the Angstrom and Ohm signs, Hangul jamo", () => {
    expect(cleanLine("“\u212b”")).toBe("“\u00c5”");
    expect(cleanLine("— 5 \u2126")).toBe("— 5 \u03a9");
    expect(cleanLine("‘\u1100\u1161’")).toBe("‘\uac00’");
  });

  it.each([
    ["## Ferry Operator Cancels Winter Crossings", "Ferry Operator Cancels Winter Crossings"],
    ["### Schools Add Coding Classes ###", "Schools Add Coding Classes"],
    ["**By Hanna Berg**", "By Hanna Berg"],
    ["_Crews rebuilt two culverts in three weeks._", "Crews rebuilt two culverts in three weeks."],
    ["**## Überschwemmung in Köln**", "Überschwemmung in Köln"],
  ])("drops the Markdown marks of a heading or an emphasized line: %j", (line, clean) => {
    expect(cleanLine(line)).toBe(clean);
  });

  it.each(["#hashtags stay", "* * *", "___", "**Bold** and then **bold** again", "# "])(
    "leaves %j as it is",
    (line) => {
      expect(cleanLine(line)).toBe(line.trimEnd());
    },
  );

  it("leaves plain ASCII alone apart from trailing space", () => {
    expect(cleanLine("Plain ASCII, kept as it is.   ")).toBe("Plain ASCII, kept as it is.");
  });

  it("is idempotent and always yields NFC without trailing space", () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          " ",
          "\t",
          "\u00a0",
          "\u200b",
          "\u00ad",
          "\ufeff",
          "e",
          "\u0301",
          "ñ",
          "n\u0303",
          "#",
          "*",
          "_",
        ),
        fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (raw) => {
        const once = cleanLine(raw);
        expect(cleanLine(once)).toBe(once);
        expect(once).toBe(once.normalize("NFC"));
        expect(once).toBe(once.trimEnd());
        expect(once).not.toMatch(/[\u00a0\u200b\u00ad\ufeff\t]/);
      }),
      { numRuns: 300 },
    );
  });
});

// cleanLine before its one-search gate, as the oracle: both searches asked of every line that is
// not printable ASCII.
function cleanLineByTwoSearches(line: string): string {
  if (/^[\x20-\x7e]*$/.test(line)) return cleanLine(line);
  const spaced = line
    // biome-ignore lint/suspicious/noControlCharactersInRegex: as lines.ts.
    .replace(/[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\x1b]/g, " ")
    .replace(/[\u200b\u2060\ufeff\u00ad]/g, "");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: as lines.ts.
  const nfc = /[^\u0000-\u02ff\u2010-\u205f]/.test(spaced) ? spaced.normalize("NFC") : spaced;
  const trimmed = nfc.trimEnd();
  return mayCarryMarkup(trimmed.charCodeAt(0)) ? stripMarkup(trimmed) : trimmed;
}

describe("cleanLine's gate", () => {
  it("cleans as both searches did, at the edges of every range", () => {
    const pieces = [
      "a",
      " ",
      "“",
      "é",
      "\t",
      "\f",
      "\x1b",
      "\x1a",
      "\x1c",
      "\u009f",
      "\u00a0",
      "\u00a1",
    ];
    pieces.push("\u00ac", "\u00ad", "\u00ae", "\u02ff", "\u0300", "e\u0301", "\u2000", "\u200b");
    pieces.push("\u200f", "\u2010", "\u202e", "\u202f", "\u2030", "\u205f", "\u2060", "\u3000");
    pieces.push("\ufeff", "😀", "\ud800", "#", "*");
    const piece = fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: "binary", maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const line = parts.join("");
        expect(cleanLine(line)).toBe(cleanLineByTwoSearches(line));
      }),
      { numRuns: 5000 },
    );
  });
});
