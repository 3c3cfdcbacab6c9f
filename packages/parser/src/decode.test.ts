import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, decodeDump, decodeDumpLines } from "./decode.js";
import { DumpError, DumpTooLargeError, EmptyDumpError, NotTextError } from "./errors.js";
import { splitLines } from "./lines.js";
import { parseDump } from "./parse-dump.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));

function utf16le(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  return new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...body]);
}

function utf16be(text: string): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  for (let i = 0; i + 1 < body.length; i += 2) {
    const low = body[i] as number;
    body[i] = body[i + 1] as number;
    body[i + 1] = low;
  }
  return new Uint8Array([0xfe, 0xff, ...body]);
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

describe("decodeDump: encodings", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeDump(utf8("Café in Zürich — “quoted”"))).toEqual({
      text: "Café in Zürich — “quoted”",
      warnings: [],
    });
  });

  it("drops a UTF-8 BOM", () => {
    const decoded = decodeDump(bytes([0xef, 0xbb, 0xbf], "Harbour news\n"));
    expect(decoded.text).toBe("Harbour news\n");
    expect(decoded.warnings).toEqual([]);
  });

  it("drops the BOM of a string input too", () => {
    expect(decodeDump("\ufeffHarbour news").text).toBe("Harbour news");
  });

  it("reads UTF-16 LE with a BOM", () => {
    const decoded = decodeDump(utf16le("Ferry pier — café\r\nsecond line"));
    expect(decoded).toEqual({ text: "Ferry pier — café\r\nsecond line", warnings: [] });
  });

  it("reads UTF-16 BE with a BOM", () => {
    const decoded = decodeDump(utf16be("Ferry pier — café\nsecond line 🚢"));
    expect(decoded).toEqual({ text: "Ferry pier — café\nsecond line 🚢", warnings: [] });
  });

  it("falls back to Windows-1252 with a warning when the bytes are not UTF-8", () => {
    // "café" as Windows-1252 writes it: é is the single byte 0xE9.
    const decoded = decodeDump(bytes([0x63, 0x61, 0x66, 0xe9]));
    expect(decoded.text).toBe("café");
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toMatchObject({ line: 1, code: "decoded-as-windows-1252" });
    expect(decoded.warnings[0]?.message).toMatch(/UTF-8/);
  });

  // Bug: Node 20.18.3+ and 22.13+ decode "windows-1252" as Latin-1 (nodejs/node#56542,
  // #60888), so 0x80-0x9F become invisible C1 controls (U+0093...) instead of “ ” – — € ’.
  // decode.ts trusts that decoder; it needs its own table for those 32 bytes.
  it("maps the Windows-1252 punctuation block (curly quotes, dashes, euro)", () => {
    const decoded = decodeDump(bytes([0x93], "Quoted", [0x94, 0x20, 0x96, 0x20, 0x80], "5"));
    expect(decoded.text).toBe("“Quoted” – €5");
  });

  it("names the line of the first byte that is not UTF-8", () => {
    const decoded = decodeDump(
      bytes("first line\r\nsecond line\nna", [0xef, 0x76, 0x65], "\nlast"),
    );
    expect(decoded.text).toBe("first line\r\nsecond line\nnaïve\nlast");
    expect(decoded.warnings.map((w) => w.line)).toEqual([3]);
  });

  // Bug: firstInvalidUtf8Line only checks lead and continuation bytes, so sequences that
  // TextDecoder rejects for their ranges (UTF-8-encoded surrogates ED A0..BF, overlong
  // E0 80..9F / F0 80..8F, above U+10FFFF F4 90..) pass its scan and the warning names the
  // last line instead of the bad one.
  it("names the right line for an encoded surrogate or an overlong sequence", () => {
    const surrogate = decodeDump(bytes([0xed, 0xa0, 0x80], "\nsecond\nthird"));
    expect(surrogate.warnings.map((w) => w.line)).toEqual([1]);
    const overlong = decodeDump(bytes("one\n", [0xe0, 0x80, 0x80], "\nthree\nfour"));
    expect(overlong.warnings.map((w) => w.line)).toEqual([2]);
  });

  it("leaves CRLF and CR line ends for splitLines to handle", () => {
    expect(decodeDump(utf8("a\r\nb\rc\n")).text).toBe("a\r\nb\rc\n");
  });
});

describe("decodeDump: input that is not a text dump", () => {
  it("rejects a PNG header with NotTextError", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const error = thrown(() => decodeDump(png));
    expect(error).toBeInstanceOf(NotTextError);
    expect(error).toBeInstanceOf(DumpError);
    expect((error as NotTextError).offset).toBe(6);
    expect((error as Error).message).toMatch(/not a text dump/);
  });

  it("rejects NUL bytes in otherwise readable text", () => {
    const error = thrown(() => decodeDump(bytes("Harbour news", [0], "more")));
    expect(error).toBeInstanceOf(NotTextError);
    expect((error as NotTextError).offset).toBe(12);
  });

  it("rejects a ZIP header", () => {
    expect(() => decodeDump(bytes("PK", [3, 4, 20, 0]))).toThrow(NotTextError);
  });

  it("rejects control characters in a string input", () => {
    expect(() => decodeDump("headline\u0000body")).toThrow(NotTextError);
    expect(() => decodeDump("headline\u0007body")).toThrow(NotTextError);
  });

  it("rejects binary data behind a UTF-16 BOM", () => {
    expect(() => decodeDump(utf16le("text\u0000\u0001more"))).toThrow(NotTextError);
  });

  it("rejects UTF-16 without a BOM as binary instead of misreading it", () => {
    expect(() => decodeDump(utf16le("Harbour news", false))).toThrow(NotTextError);
  });

  it("accepts tab, form feed and escape, which text editors leave behind", () => {
    expect(decodeDump(utf8("a\tb\fc\u001bd")).text).toBe("a\tb\fc\u001bd");
  });
});

describe("decodeDump: size limit", () => {
  it("defaults to 64 MiB", () => {
    expect(DEFAULT_MAX_BYTES).toBe(64 * 1024 * 1024);
  });

  it("accepts exactly maxBytes and rejects one byte more", () => {
    expect(decodeDump(new Uint8Array(10).fill(0x61), 10).text).toBe("a".repeat(10));
    const error = thrown(() => decodeDump(new Uint8Array(11).fill(0x61), 10));
    expect(error).toBeInstanceOf(DumpTooLargeError);
    expect(error).toMatchObject({ size: 11, limit: 10 });
  });

  it("measures a string input by its UTF-8 size", () => {
    // Six characters, twelve bytes as UTF-8.
    expect(() => decodeDump("éééééé", 10)).toThrow(DumpTooLargeError);
    expect(decodeDump("éééééé", 12).text).toBe("éééééé");
    expect(decodeDump("aaaaaa", 10).text).toBe("aaaaaa");
  });

  it("checks the size before looking for binary data", () => {
    expect(() => decodeDump(new Uint8Array(20), 10)).toThrow(DumpTooLargeError);
  });

  it("is enforced by parseDump through options.maxBytes", () => {
    expect(() => parseDump("x".repeat(2048), { maxBytes: 1024 })).toThrow(DumpTooLargeError);
  });
});

describe("parseDump: empty input", () => {
  const inputs: [string, Uint8Array | string][] = [
    ["no bytes", new Uint8Array(0)],
    ["an empty string", ""],
    ["a UTF-8 BOM only", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["only blank lines and spaces", "\n  \r\n\t\r\n"],
    ["only no-break and zero-width spaces", "\u00a0\u200b\n\u2060\ufeff"],
  ];
  for (const [name, input] of inputs) {
    it(`throws EmptyDumpError for ${name}, whatever the format`, () => {
      for (const format of ["auto", "text", "json", "ndjson"] as const)
        expect(() => parseDump(input, { format })).toThrow(EmptyDumpError);
    });
  }
});

describe("decodeDumpLines", () => {
  // Valid and invalid UTF-8, line ends of every kind, BOMs, what cleanLine changes, and the
  // pairs of mojibake ("Ã©", "â€™", "Â ") with the look-alike "SÃO".
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 6 }).map((text) => [...utf8(text)]),
    fc.constantFrom(
      [0x0a],
      [0x0d],
      [0x0d, 0x0a],
      [0xef, 0xbb, 0xbf],
      [0xe2, 0x80, 0x9c],
      [0xc2, 0xa0],
      [0xf0, 0x9f, 0x9a, 0xa2],
      [0x93],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x80],
      [0x09, 0x20, 0x20],
      [...utf8("Ã©")],
      [...utf8("â€™")],
      [...utf8("Â\u00a0")],
      [...utf8("SÃO")],
    ),
  );

  it("gives splitLines of decodeDump's text, and the text's start", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(12), (pieces, headLength) => {
        const input = new Uint8Array(pieces.flat());
        let expected: unknown;
        try {
          const { text, warnings } = decodeDump(input);
          expected = { lines: splitLines(text), head: text.slice(0, headLength), warnings };
        } catch (error) {
          expected = error;
        }
        const actual = (() => {
          try {
            return decodeDumpLines(input, DEFAULT_MAX_BYTES, headLength);
          } catch (error) {
            return error;
          }
        })();
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("takes the head from the text, not from the lines", () => {
    const decoded = decodeDumpLines(bytes([0xef, 0xbb, 0xbf], '[\r\n  {"a": 1}'), 1000, 4);
    expect(decoded).toEqual({ lines: ["[", '  {"a": 1}'], head: "[\r\n ", warnings: [] });
  });
});
