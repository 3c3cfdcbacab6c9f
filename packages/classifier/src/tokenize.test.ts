import { describe, expect, it } from "vitest";
import { hashString, TokenFlag, TokenPool, tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it("strips straight and curly possessives and marks them", () => {
    const [a, , b, , c] = tokenize("Russia's army, Russia’s navy, the Russians’ claim").views();
    expect([a?.raw, a?.possessive]).toEqual(["Russia", true]);
    expect([b?.raw, b?.possessive]).toEqual(["Russia", true]);
    expect(tokenize("the Russians’ claim").at(1)).toMatchObject({
      raw: "Russians",
      possessive: true,
    });
    expect(c?.possessive).toBe(false);
  });

  it("keeps dotted abbreviations whole", () => {
    expect(
      tokenize("The U.S. and the U.K. met at the U.N.")
        .views()
        .map((t) => t.raw),
    ).toEqual(["The", "U.S.", "and", "the", "U.K.", "met", "at", "the", "U.N."]);
  });

  it("knows sentence starts, but not after Mr. or an initial", () => {
    const t = tokenize("Talks ended. Mr. Lavrov left. Sergey V. Lavrov spoke.").views();
    const byRaw = (raw: string) => t.filter((x) => x.raw === raw);
    expect(t[0]?.sentenceStart).toBe(true);
    expect(byRaw("Mr")[0]?.sentenceStart).toBe(true);
    expect(byRaw("Lavrov").map((x) => x.sentenceStart)).toEqual([false, false]);
    expect(byRaw("Sergey")[0]?.sentenceStart).toBe(true);
  });

  it("splits hyphenated words and marks the join", () => {
    const t = tokenize("Russian-backed forces").views();
    expect(t.map((x) => x.lower)).toEqual(["russian", "backed", "forces"]);
    expect(t[1]?.hyphenated).toBe(true);
    expect(t[2]?.joined).toBe(true);
  });

  it("flags all-caps words", () => {
    const t = tokenize("NATO and Nato and KYIV").views();
    expect(t.map((x) => x.allCaps)).toEqual([true, false, false, false, true]);
  });
});

describe("tokenize's scanner", () => {
  // The words it finds are defined by this regex; the scanner reads character codes instead.
  const WORD = /(?:[A-Z]\.){2,}|[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*['’]?/gu;
  const alphabet = [
    "A",
    "U",
    "S",
    "a",
    "s",
    "z",
    "7",
    ".",
    "'",
    "’",
    "&",
    "-",
    " ",
    "é",
    "Ж",
    "𝐀",
    "😀",
    "\ud800",
    ",",
    "\n",
  ];

  it("finds the same words as the regex that defines them", () => {
    let state = 14;
    const random = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    for (let round = 0; round < 3000; round++) {
      let text = "";
      for (let k = random(24); k >= 0; k--) text += alphabet[random(alphabet.length)];
      const want = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
      const got = tokenize(text)
        .views()
        .map((t) => [t.start, t.end]);
      expect(got, JSON.stringify(text)).toEqual(want);
    }
  });

  it("hashes each ASCII word's lowercase, without its possessive, as hashString does", () => {
    const text = "NATO’s U.S. allies' don't Rock&Roll Russians’ IBM's café a-b 𝐀lpha";
    for (const t of tokenize(text).views()) {
      expect(t.hash, t.raw).toBe(t.ascii ? hashString(t.lower) : 0);
    }
  });

  it("keeps every flag in one integer behind the getters", () => {
    const [first, second] = tokenize("Paris-Match’s").views();
    expect(first?.flags).toBe(TokenFlag.Cap | TokenFlag.SentenceStart | TokenFlag.Ascii);
    expect(second?.hyphenated && second.possessive && second.cap && !second.joined).toBe(true);
  });
});

describe("TokenPool", () => {
  it("gives the same words as fresh arrays, text after text, a longer one's left behind", () => {
    const pool = new TokenPool();
    const texts = [
      "The Mayor of Zürich met NATO’s chief in the U.S. capital, Mr. Ruiz said.",
      "Short one.",
      "Café owners in São Paulo protest",
    ];
    for (let round = 0; round < 2; round++) {
      pool.reset();
      // The second round puts each text in arrays another text was written into.
      for (const text of round === 0 ? texts : [...texts].reverse()) {
        const pooled = tokenize(text, undefined, pool.next());
        // Every word read in lower case, so the next text's list is one that held words.
        expect(pooled.views()).toEqual(tokenize(text).views());
      }
    }
    pool.reset();
    const reused = tokenize("Quiet week", undefined, pool.next());
    expect(reused.length).toBe(2);
    expect([reused.lower(0), reused.lower(1)]).toEqual(["quiet", "week"]);
  });
});
