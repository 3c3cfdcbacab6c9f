import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it("strips straight and curly possessives and marks them", () => {
    const [a, , b, , c] = tokenize("Russia's army, Russia’s navy, the Russians’ claim");
    expect([a?.raw, a?.possessive]).toEqual(["Russia", true]);
    expect([b?.raw, b?.possessive]).toEqual(["Russia", true]);
    expect(tokenize("the Russians’ claim")[1]).toMatchObject({ raw: "Russians", possessive: true });
    expect(c?.possessive).toBe(false);
  });

  it("keeps dotted abbreviations whole", () => {
    expect(tokenize("The U.S. and the U.K. met at the U.N.").map((t) => t.raw)).toEqual([
      "The",
      "U.S.",
      "and",
      "the",
      "U.K.",
      "met",
      "at",
      "the",
      "U.N.",
    ]);
  });

  it("knows sentence starts, but not after Mr. or an initial", () => {
    const t = tokenize("Talks ended. Mr. Lavrov left. Sergey V. Lavrov spoke.");
    const byRaw = (raw: string) => t.filter((x) => x.raw === raw);
    expect(t[0]?.sentenceStart).toBe(true);
    expect(byRaw("Mr")[0]?.sentenceStart).toBe(true);
    expect(byRaw("Lavrov").map((x) => x.sentenceStart)).toEqual([false, false]);
    expect(byRaw("Sergey")[0]?.sentenceStart).toBe(true);
  });

  it("splits hyphenated words and marks the join", () => {
    const t = tokenize("Russian-backed forces");
    expect(t.map((x) => x.lower)).toEqual(["russian", "backed", "forces"]);
    expect(t[1]?.hyphenated).toBe(true);
    expect(t[2]?.joined).toBe(true);
  });

  it("flags all-caps words", () => {
    const t = tokenize("NATO and Nato and KYIV");
    expect(t.map((x) => x.allCaps)).toEqual([true, false, false, false, true]);
  });
});
