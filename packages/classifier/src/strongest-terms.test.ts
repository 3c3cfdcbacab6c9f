import { describe, expect, it } from "vitest";
import { mulberry32 } from "./mulberry32.js";
import { StrongestTerms } from "./strongest-terms.js";

describe("StrongestTerms", () => {
  it("keeps what a stable sort's first `limit` keeps, ties and all", () => {
    const random = mulberry32(36);
    const strongest = new StrongestTerms();
    for (let trial = 0; trial < 2000; trial++) {
      const length = Math.floor(random() * 30);
      const limit = Math.floor(random() * 15);
      // Few distinct contributions (some negative), so that ties are common.
      const stream = Array.from({ length }, (_, id) => ({
        id,
        count: 1 + Math.floor(random() * 4),
        contribution: Math.round(random() * 8 - 2) / 4,
      }));
      const plain = [...stream].sort((a, b) => b.contribution - a.contribution).slice(0, limit);
      strongest.reset(limit);
      for (const t of stream) strongest.offer(t.id, t.count, t.contribution);
      const kept = Array.from({ length: strongest.size }, (_, k) => ({
        id: strongest.ids[k],
        count: strongest.counts[k],
        contribution: strongest.contributions[k],
      }));
      expect(kept).toEqual(plain);
    }
  });
});
