import fc from "fast-check";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { type EncodedBody, encodeTemplate, fillEncoded } from "./encoded-body.js";

type Slot = "name" | "link";

/** What a reader sees: the body decoded by a mail parser, as a single-part message. */
async function decoded(body: EncodedBody): Promise<string> {
  const message = `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body.quotedPrintable}`;
  return (await simpleParser(message)).text ?? "";
}

function naiveFill(chunks: string[], slots: Slot[], values: Record<Slot, string>): string {
  return chunks.reduce(
    (out, chunk, i) => out + chunk + (i < slots.length ? values[slots[i] as Slot] : ""),
    "",
  );
}

describe("encodeTemplate and fillEncoded", () => {
  const chunks = [
    "Hello ",
    ", here is the news from Zürich — and São Paulo.\nA long line that goes on and on, well past the seventy-six characters a quoted-printable line may hold, so it must be wrapped.\nRead more: ",
    "   \n. A line that starts with a dot\nThe end",
  ];
  const slots: Slot[] = ["name", "link"];
  const values = { name: "Ana Émilie", link: "https://news.example.org/preferences?s=12&t=a=b" };

  it("decodes to the same text as filling the plain template", async () => {
    const body = fillEncoded(encodeTemplate({ chunks, slots }), values);
    expect(await decoded(body)).toBe(naiveFill(chunks, slots, values));
  });

  it("keeps every line within 76 characters and ends lines with CRLF", () => {
    const body = fillEncoded(encodeTemplate({ chunks, slots }), values).quotedPrintable;
    const lines = body.split("\r\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(76);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("round-trips any text and any values", async () => {
    const text = fc.string({ unit: "grapheme", maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: 3, maxLength: 3 }),
        text,
        text,
        async (parts, name, link) => {
          // A mail parser reads any line end as one and drops the body's trailing white space:
          // compare what a reader can tell apart.
          const plain = (s: string) => s.replace(/\r\n?/g, "\n").trimEnd();
          const body = fillEncoded(encodeTemplate({ chunks: parts, slots }), { name, link });
          for (const line of body.quotedPrintable.split("\r\n")) {
            expect(line.length).toBeLessThanOrEqual(76);
          }
          expect(plain(await decoded(body))).toBe(plain(naiveFill(parts, slots, { name, link })));
        },
      ),
      { numRuns: 200 },
    );
  });
});
