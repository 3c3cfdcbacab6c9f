import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { firstMojibakeLine, firstMojibakeLineInText, repairMojibake } from "./mojibake.js";
import { parseDump } from "./parse-dump.js";

/** What a tool does to UTF-8 text when it reads it as Windows-1252 and saves it again. */
const misread = (text: string) => iconv.decode(Buffer.from(text, "utf8"), "windows-1252");

describe("repairMojibake", () => {
  it.each([
    "The council’s vote — “a first” — passed…",
    "Café owners in São Tomé and Zürich",
    "Prices rose 5\u00a0percent",
    "Ærø, Øresund, Œuvre, naïve, façade",
  ])("gives back %j from its misreading", (text) => {
    expect(repairMojibake(misread(text))).toBe(text);
  });

  it.each([
    "SÃO PAULO — The city council voted on Tuesday.",
    "Plain text with curly quotes: “yes” and ’tis.",
    "Łódź and Kraków, with letters Windows-1252 lacks: Ã€",
    "",
  ])("leaves %j as it is", (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it("never changes text that was never misread, if it is Latin-1 and punctuation", () => {
    const letters = fc.constantFrom(..."aeiouçéñüöÃÂâ’“”—… .,SÃOPAULO".split(""));
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 30 }), (text) => {
        const repaired = repairMojibake(text);
        // Repair only ever undoes a misreading: what it gives back misreads into the input.
        if (repaired !== text) expect(misread(repaired)).toBe(text);
      }),
    );
  });
});

describe("firstMojibakeLine", () => {
  it("finds the first misread line, and none in clean text", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(firstMojibakeLine(bytes(`One\nSÃO PAULO\n${misread("Two’s")}\n`))).toBe(3);
    expect(firstMojibakeLine(bytes("Clean “text” — café\nSÃO PAULO\n"))).toBe(-1);
    expect(firstMojibakeLine(bytes(`One\r\nTwo\rSÃO ${misread("é")}\n`))).toBe(3);
    expect(firstMojibakeLineInText(`One\r\nTwo\rSÃO ${misread("é")}\n`)).toBe(3);
  });
});

describe("parseDump: mojibake", () => {
  it("repairs misread lines of a UTF-8 dump and says where it began", () => {
    const lede =
      "The café on the quay reopened on Tuesday after a winter of repairs — its owners’ “last try”.";
    const text = ["Harbour Cafe Reopens", misread(lede), "Regulars queued from 7 a.m."].join("\n");
    for (const input of [new TextEncoder().encode(text), text]) {
      const result = parseDump(input);
      expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[2, "mojibake-repaired"]]);
      expect(result.articles[0]?.paragraphs[0]).toBe(lede);
    }
  });
});
