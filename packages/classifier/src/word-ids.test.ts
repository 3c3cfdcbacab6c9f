import { describe, expect, it } from "vitest";
import { hashString } from "./tokenize.js";
import { buildPhraseTrie, WordIds, zoneWordIds } from "./word-ids.js";
import { splitZones, type Zone } from "./zones.js";

describe("WordIds", () => {
  it("gives each word one id and -1 to a word no table knows", () => {
    const words = new WordIds();
    const bank = words.intern("bank");
    expect(words.intern("bank")).toBe(bank);
    expect(words.get("bank")).toBe(bank);
    expect(words.get("river")).toBe(-1);
  });

  it("knows a word interned after it was looked up as unknown", () => {
    const words = new WordIds();
    expect(words.get("harbour")).toBe(-1);
    const id = words.intern("harbour");
    expect(words.get("harbour")).toBe(id);
  });

  // "tcbua" and "xbaee" have the same hash: an unknown word's hash is remembered as no word's
  // only when no word of the table has it, and interning a word of that hash forgets it.
  it("tells apart two words of one hash, known or unknown, in any order", () => {
    const words = new WordIds();
    expect(hashString("tcbua")).toBe(hashString("xbaee"));
    expect(words.get("xbaee")).toBe(-1);
    const id = words.intern("tcbua");
    expect(words.get("tcbua")).toBe(id);
    expect(words.get("xbaee")).toBe(-1);
    expect(words.get("tcbua")).toBe(id);
    const [zone] = splitZones(
      { headline: "XBAEE tcbua", dek: null, paragraphs: [], contributors: [] },
      words,
    );
    expect([...(zone?.ids ?? [])]).toEqual([-1, id]);
    const other = words.intern("xbaee");
    expect([...zoneWordIds({ ...(zone as Zone), ids: undefined }, words)]).toEqual([other, id]);
  });
});

describe("buildPhraseTrie", () => {
  it("walks phrases word id by word id", () => {
    const words = new WordIds();
    const trie = buildPhraseTrie(
      [
        ["central bank", 1],
        ["central", 2],
      ],
      words,
    );
    const central = trie[words.get("central")];
    expect(central?.value).toBe(2);
    expect(central?.next?.get(words.get("bank"))?.value).toBe(1);
    expect(trie[words.get("bank")]).toBeUndefined();
  });
});

describe("zoneWordIds", () => {
  const article = { headline: "Central bank holds", dek: null, paragraphs: [], contributors: [] };

  it("reuses the ids splitZones recorded for the same table", () => {
    const words = new WordIds();
    words.intern("bank");
    const [zone] = splitZones(article, words);
    if (!zone) throw new Error("no zone");
    expect(zoneWordIds(zone, words)).toBe(zone.ids);
    expect([...zoneWordIds(zone, words)]).toEqual([-1, words.get("bank"), -1]);
  });

  it("looks the words up again for another table", () => {
    const other = new WordIds();
    const holds = other.intern("holds");
    const [zone] = splitZones(article, new WordIds());
    if (!zone) throw new Error("no zone");
    expect([...zoneWordIds(zone, other)]).toEqual([-1, -1, holds]);
  });
});
