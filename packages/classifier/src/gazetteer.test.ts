import { describe, expect, it } from "vitest";
import { compileParts } from "./create-classifier.js";
import { compileGazetteer } from "./gazetteer.js";
import { loadBundledData } from "./load-data.js";
import { restoreParts } from "./restore-parts.js";
import { serializeParts } from "./serialize-parts.js";

describe("the gazetteer's numbered name table", () => {
  // find-people.ts tests a run of words against the names by their word ids alone: that needs
  // every name, one word or more, in the numbered table, its words in the word table.
  it("holds every name under its words' ids, compiled and restored", () => {
    const parts = compileParts();
    const restored = restoreParts(serializeParts(parts, "test"), "test");
    for (const gazetteer of [compileGazetteer(loadBundledData()), restored?.gazetteer]) {
      if (gazetteer === undefined) throw new Error("not restored");
      const { roots, values, children } = gazetteer.flat;
      const missed: string[] = [];
      for (const key of gazetteer.names.keys()) {
        const ids = key.split(" ").map((w) => gazetteer.words.get(w));
        let node = (ids[0] ?? -1) >= 0 ? (roots[ids[0] as number] ?? -1) : -1;
        for (let k = 1; k < ids.length && node >= 0; k++) node = children.get(node, ids[k] ?? -1);
        if (node < 0 || values[node]?.key !== key) missed.push(key);
      }
      expect(missed).toEqual([]);
      expect(gazetteer.names.size).toBeGreaterThan(20_000);
    }
  }, 60_000);
});
