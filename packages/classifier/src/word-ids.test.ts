import { describe, expect, it } from "vitest";
import { buildPhraseTrie, WordIds, zoneWordIds } from "./word-ids.js";
import { splitZones } from "./zones.js";

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
