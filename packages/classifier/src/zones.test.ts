import { describe, expect, it } from "vitest";
import { TokenPool } from "./tokenize.js";
import { WordIds } from "./word-ids.js";
import { splitZones } from "./zones.js";

const article = (paragraphs: string[], headline = "A headline") => ({
  headline,
  dek: "A short summary.",
  paragraphs,
  contributors: [],
});

describe("splitZones", () => {
  it("finds a dateline before the lede", () => {
    const zones = splitZones(article(["KYIV, Ukraine — The city woke to sirens.", "More text."]));
    expect(zones.map((z) => z.kind)).toEqual(["headline", "dek", "dateline", "lede", "body"]);
    expect(zones.find((z) => z.kind === "dateline")?.text.trim()).toBe("KYIV, Ukraine");
    expect(zones.find((z) => z.kind === "lede")?.text).toBe("The city woke to sirens.");
  });

  it("drops the agency from a wire dateline", () => {
    const zones = splitZones(article(["LONDON (Reuters) - Shares fell on Monday."]));
    expect(zones.find((z) => z.kind === "dateline")?.text.trim()).toBe("LONDON");
  });

  it("sets a closing contributor line apart", () => {
    const zones = splitZones(
      article(["The lede.", "The body.", "Jane Roe contributed reporting from Kyiv, Ukraine."]),
    );
    expect(zones.at(-1)).toMatchObject({ kind: "contributor", paragraph: 2 });
  });

  it("does not take an ordinary opening for a dateline", () => {
    const zones = splitZones(article(["The minister said on Monday that talks would resume."]));
    expect(zones.some((z) => z.kind === "dateline")).toBe(false);
  });

  it("marks a title-case headline", () => {
    const zones = splitZones(article(["x"], "Reading Clinch Late Winner Against Rivals"));
    expect(zones[0]?.titleCase).toBe(true);
  });

  it("gives the same words and ids from a pool's arrays, article after article", () => {
    const words = new WordIds();
    for (const w of ["city", "sirens", "shares", "fell"]) words.intern(w);
    const pool = new TokenPool();
    const articles = [
      article(["KYIV, Ukraine — The city woke to sirens.", "More text on the sirens."]),
      article(["Shares fell."], "Markets"),
    ];
    for (const a of articles) {
      const pooled = splitZones(a, words, pool);
      const fresh = splitZones(a, words);
      // A pool's ids array may be longer than the text: its first tokens.length are the ids.
      const wordsAndIds = (z: (typeof pooled)[number]) => [
        z.tokens.views(),
        [...(z.ids ?? [])].slice(0, z.tokens.length),
      ];
      expect(pooled.map(wordsAndIds)).toEqual(fresh.map(wordsAndIds));
    }
  });
  // A pooled zone is its slot's object, rewritten: an article after a longer one (and one with
  // a dateline after one without) must read none of the earlier article's fields.
  it("gives the same zones from a pool's slots, a shorter article after a longer one", () => {
    const words = new WordIds();
    for (const w of ["city", "sirens", "shares", "fell"]) words.intern(w);
    const pool = new TokenPool();
    const long = article([
      "KYIV, Ukraine — The city woke to sirens.",
      "More text on the sirens.",
      "Reporting was contributed by a colleague.",
    ]);
    const short = { ...article(["Shares fell."], "Markets Fell Sharply Today"), dek: "" };
    let first: unknown;
    for (const a of [long, short, long, short]) {
      const pooled = splitZones(a, words, pool);
      const fresh = splitZones(a, words);
      const fields = (z: (typeof pooled)[number]) => [
        z.kind,
        z.paragraph,
        z.text,
        z.titleCase,
        z.words,
        z.tokens.views(),
        [...(z.ids ?? [])].slice(0, z.tokens.length),
      ];
      expect(pooled.map(fields)).toEqual(fresh.map(fields));
      first ??= pooled[0];
      expect(pooled[0]).toBe(first);
    }
  });
});
