import { describe, expect, it } from "vitest";
import { compileTaxonomy, TaxonomyError } from "./beat-lexicon.js";
import { extendTaxonomy } from "./extend-taxonomy.js";
import { beatTerms, tallyBeats } from "./score-beats.js";
import type { Taxonomy } from "./types.js";
import { splitZones } from "./zones.js";

// Invented sentences: a party named like a beat's word must not count for the beat.
const taxonomy: Taxonomy = {
  beats: [
    { id: "labour", evidence: { "1": ["_labour", "_=labor"] } },
    { id: "politics", evidence: { "2": ["Labour"] } },
  ],
};
const lexicon = compileTaxonomy(taxonomy);
const zonesOf = (text: string) =>
  splitZones({ headline: "", dek: null, paragraphs: [text], contributors: [] });
const scoreOf = (beat: string, text: string) =>
  tallyBeats(zonesOf(text), lexicon).raw[lexicon.beats.findIndex((b) => b.id === beat)] ?? 0;

describe("lower-case-only terms (_term)", () => {
  it("do not take a party's capitalized name for the beat's word", () => {
    expect(scoreOf("labour", "Labour MPs voted against the welfare bill on Tuesday.")).toBe(0);
    expect(
      scoreOf("politics", "Labour MPs voted against the welfare bill on Tuesday."),
    ).toBeGreaterThan(0);
  });

  it("count the word in lower case, with its inflections", () => {
    expect(
      scoreOf("labour", "Orchards blame labour shortages for the unpicked apples."),
    ).toBeGreaterThan(0);
    expect(scoreOf("labour", "The crew laboured through the night.")).toBeGreaterThan(0);
  });

  it("do not count a capital a sentence or headline begins with, nor capitals throughout", () => {
    // The capital may be the party's as well as the sentence's: the rest of a story about
    // shortages writes the word in lower case and is counted there.
    expect(scoreOf("labour", "Labour shortages left the orchards unpicked.")).toBe(0);
    expect(scoreOf("labour", "FARMS WARN OF LABOUR SHORTAGES")).toBe(0);
  });

  it("are shown to readers as the article's words, without their prefixes", () => {
    const zones = zonesOf("Orchards blame labour shortages, and labor costs rise.");
    const labour = lexicon.beats.findIndex((b) => b.id === "labour");
    const shown = beatTerms(tallyBeats(zones, lexicon), labour).map((t) => t.term);
    expect(shown.sort()).toEqual(["labor", "labour"]);
  });

  it("with = as well, match only the word as written", () => {
    expect(scoreOf("labour", "Migrants supply the labor the farms need.")).toBeGreaterThan(0);
    expect(scoreOf("labour", "Migrants supply the labors the farms need.")).toBe(0);
    expect(scoreOf("labour", "The Labor government met in Canberra.")).toBe(0);
  });
});

describe("malformed term prefixes", () => {
  const withTerm = (term: string): Taxonomy => ({
    beats: [{ id: "labour", evidence: { "1": [term] } }],
  });

  it("are rejected by compileTaxonomy, saying how to write the term", () => {
    expect(() => compileTaxonomy(withTerm("_Labour"))).toThrow(TaxonomyError);
    expect(() => compileTaxonomy(withTerm("_Labour"))).toThrow(
      /write it in lower case \("_labour"\)/,
    );
    expect(() => compileTaxonomy(withTerm("=_labor"))).toThrow(/write "_=labor"/);
    expect(() => compileTaxonomy(withTerm("_"))).toThrow(/has no words/);
  });

  it("are rejected by extendTaxonomy, naming the beat", () => {
    const extend = () =>
      extendTaxonomy(taxonomy, { beats: [{ id: "labour", evidence: { "1": ["_Unions"] } }] });
    expect(extend).toThrow(TaxonomyError);
    expect(extend).toThrow(/beat "labour": term "_Unions" .* \("_unions"\)/);
  });
});
