import { describe, expect, it } from "vitest";
import { compileTaxonomy } from "./beat-lexicon.js";
import { entryTable } from "./entry-table.js";
import { loadDefaultTaxonomy } from "./load-data.js";
import { WordIds } from "./word-ids.js";

describe("the lexicon's entry table", () => {
  it("holds every phrase node's entries and each entry's rules, beats and weights", () => {
    const lexicon = compileTaxonomy(loadDefaultTaxonomy(), new WordIds());
    const table = entryTable(lexicon);
    expect(entryTable(lexicon)).toBe(table);
    lexicon.flat.values.forEach((list, node) => {
      const from = table.nodeStart[node] as number;
      const to = table.nodeStart[node + 1] as number;
      expect([...table.nodeEntries.subarray(from, to)]).toEqual((list ?? []).map((e) => e.index));
      for (const e of list ?? []) {
        const i = e.index;
        expect(table.entries[i]).toBe(e);
        expect([table.caseBits[i], table.size[i]]).toEqual([e.caseBits, e.size]);
        const beats = table.beats.subarray(table.beatStart[i], table.beatStart[i + 1]);
        const weights = table.weights.subarray(table.beatStart[i], table.beatStart[i + 1]);
        expect([...beats]).toEqual(e.beatList);
        expect([...weights]).toEqual(e.weightList);
      }
    });
  });
});
