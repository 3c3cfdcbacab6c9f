import { describe, expect, it } from "vitest";
import { compileTaxonomy, TaxonomyError } from "./beat-lexicon.js";
import { createClassifier } from "./create-classifier.js";
import { extendTaxonomy } from "./extend-taxonomy.js";
import { loadDefaultTaxonomy } from "./load-data.js";
import { tallyBeats } from "./score-beats.js";
import type { Taxonomy } from "./types.js";
import { splitZones } from "./zones.js";

const IPTC_BEATS = [
  "arts-culture-entertainment",
  "crime-law-justice",
  "disaster-accident-emergency",
  "economy-business-finance",
  "education",
  "environment",
  "health",
  "human-interest",
  "labour",
  "lifestyle-leisure",
  "politics",
  "religion",
  "science-technology",
  "society",
  "sport",
  "conflict-war-peace",
  "weather",
];

const tiny: Taxonomy = {
  beats: [
    { id: "sport", evidence: { "3": ["goal", "penalty shoot-out"] } },
    { id: "politics", evidence: { "3": ["election"], "1": ["Labour"] } },
    { id: "politics/elections", parent: "politics", evidence: { "3": ["ballot box"] } },
  ],
};
const beatsOf = (taxonomy: Taxonomy, text: string) => {
  const lexicon = compileTaxonomy(taxonomy);
  const zones = splitZones({ headline: text, dek: null, paragraphs: [text], contributors: [] });
  const raw = tallyBeats(zones, lexicon).raw;
  return [...raw.keys()]
    .filter((b) => (raw[b] ?? 0) > 0)
    .sort((a, b) => (raw[b] ?? 0) - (raw[a] ?? 0))
    .map((b) => ({ id: lexicon.beats[b]?.id ?? "", score: raw[b] ?? 0 }));
};

describe("the bundled taxonomy", () => {
  it("has the 17 IPTC top-level beats, each with generous evidence", () => {
    const taxonomy = loadDefaultTaxonomy();
    const top = taxonomy.beats.filter((b) => !b.parent);
    expect(top.map((b) => b.id).sort()).toEqual([...IPTC_BEATS].sort());
    for (const beat of top) {
      const terms = Object.values(beat.evidence).flat().length;
      expect(terms, beat.id).toBeGreaterThan(40);
    }
    expect(taxonomy.beats.filter((b) => b.parent).length).toBeGreaterThanOrEqual(4);
  });

  it("does not take the United States for labour evidence (Unite the union is exact)", () => {
    const lexicon = compileTaxonomy(loadDefaultTaxonomy());
    const text =
      "Officials of the United States and the United Nations met in United Arab Emirates.";
    const zones = splitZones({ headline: text, dek: null, paragraphs: [text], contributors: [] });
    const labour = lexicon.beats.findIndex((b) => b.id === "labour");
    expect(tallyBeats(zones, lexicon).raw[labour]).toBe(0);
  });

  it("takes neither Australia's Labor party for labour nor a golfer's strokes for health", () => {
    const lexicon = compileTaxonomy(loadDefaultTaxonomy());
    const rawOf = (beat: string, text: string) => {
      const zones = splitZones({ headline: text, dek: null, paragraphs: [text], contributors: [] });
      return tallyBeats(zones, lexicon).raw[lexicon.beats.findIndex((b) => b.id === beat)];
    };
    expect(rawOf("labour", "The Labor government and Labor senators met in Canberra.")).toBe(0);
    expect(rawOf("labour", "Union members said labor costs rose.")).toBeGreaterThan(0);
    expect(rawOf("health", "She leads by three strokes after a bogey-free round.")).toBe(0);
    expect(rawOf("health", "He suffered a stroke last year.")).toBeGreaterThan(0);
  });

  it("compiles", () => {
    expect(compileTaxonomy(loadDefaultTaxonomy()).phrases.size).toBeGreaterThan(5000);
  });
});

describe("compileTaxonomy", () => {
  it("matches inflections of the last word and whole phrases across hyphens", () => {
    expect(beatsOf(tiny, "Two elections and a penalty shoot-out")[0]?.id).toBe("sport");
    expect(beatsOf(tiny, "The goals came late")[0]?.id).toBe("sport");
  });

  it("respects capitals: Labour the party is not labour", () => {
    expect(beatsOf(tiny, "Labour said so")[0]?.id).toBe("politics");
    expect(beatsOf(tiny, "labour said so")).toEqual([]);
  });

  it("counts sub-beat evidence for the parent and lists the sub-beat after it", () => {
    const beats = beatsOf(tiny, "Queues at the ballot box");
    expect(beats.map((b) => b.id)).toEqual(["politics", "politics/elections"]);
    expect(beats[1]?.score).toBeLessThanOrEqual(beats[0]?.score ?? 0);
  });

  it("rejects a term too long to match, saying to shorten it", () => {
    const term = Array.from({ length: 16 }, (_, k) => `w${k}`).join(" ");
    const bad: Taxonomy = { beats: [{ id: "x", evidence: { "1": [term] } }] };
    expect(() => compileTaxonomy(bad)).toThrow(/16 words: a term may have 15 at most/);
  });

  it("rejects a sub-beat whose parent is missing, with a message saying so", () => {
    const bad: Taxonomy = { beats: [{ id: "x/y", parent: "x", evidence: {} }] };
    expect(() => compileTaxonomy(bad)).toThrow(TaxonomyError);
    expect(() => compileTaxonomy(bad)).toThrow(/names parent "x"/);
  });

  it("takes a newsroom's extra beat and sub-beat from data alone", () => {
    const extended = extendTaxonomy(loadDefaultTaxonomy(), {
      beats: [
        { id: "space", label: "Space", evidence: { "3": ["lunar lander", "moon mission"] } },
        { id: "sport/cricket", parent: "sport", evidence: { "3": ["wicket", "innings"] } },
      ],
    });
    const classifier = createClassifier({ taxonomy: extended });
    const beats = classifier.classify({
      headline: "Lunar lander touches down",
      dek: null,
      paragraphs: ["The lunar lander of the moon mission touched down on Sunday."],
      contributors: [],
    }).beats;
    expect(beats[0]?.id).toBe("space");
    // Loading a classifier takes seconds of wall time on a busy machine.
  }, 60_000);
});

describe("frames", () => {
  // Headline and text are both the test sentence: a term counts 3 times its weight in the
  // headline, then 2 / sqrt(2) times as a repeat in the text.
  const framed: Taxonomy = {
    ...tiny,
    frames: [
      {
        id: "board-games",
        evidence: { "3": ["board game"], "1": ["dice"] },
        discount: { politics: 0.5 },
        full: 10,
      },
    ],
  };
  const scoreOf = (taxonomy: Taxonomy, text: string, id: string) =>
    beatsOf(taxonomy, text).find((b) => b.id === id)?.score ?? 0;

  it("leave a named beat and its sub-beats the frame's share once it holds fully", () => {
    const text = "A board game about the ballot box";
    expect(scoreOf(framed, text, "politics")).toBeCloseTo(scoreOf(tiny, text, "politics") / 2);
    expect(scoreOf(framed, text, "politics/elections")).toBeCloseTo(
      scoreOf(tiny, text, "politics/elections") / 2,
    );
  });

  it("discount in part while their evidence is short of full, and not at all without it", () => {
    // "dice" (weight 1): 3 + 2 / sqrt(2) of the 10 at which the frame holds fully.
    const text = "Dice decide the election";
    const strength = (3 + 2 / Math.SQRT2) / 10;
    expect(scoreOf(framed, text, "politics")).toBeCloseTo(
      scoreOf(tiny, text, "politics") * (1 - strength * 0.5),
    );
    expect(scoreOf(framed, "The election", "politics")).toBe(
      scoreOf(tiny, "The election", "politics"),
    );
  });

  it("take a frame's own terms from the beats' words: a phrase outweighs its parts", () => {
    const withPhrase: Taxonomy = {
      ...framed,
      frames: [{ id: "replays", evidence: { "3": ["election game"] }, discount: {}, full: 1 }],
    };
    expect(scoreOf(withPhrase, "An election game", "politics")).toBe(0);
  });

  it("are rejected when they name no beat of the taxonomy or lack a full measure", () => {
    const frame = { id: "f", evidence: {}, discount: { weather: 0.5 }, full: 1 };
    expect(() => compileTaxonomy({ ...tiny, frames: [frame] })).toThrow(/discounts "weather"/);
    expect(() =>
      compileTaxonomy({ ...tiny, frames: [{ ...frame, discount: {}, full: 0 }] }),
    ).toThrow(/needs "full"/);
  });

  it("are merged by id when a newsroom extends the taxonomy", () => {
    const replaced = { id: "board-games", evidence: {}, discount: {}, full: 1 };
    const extra = { id: "quizzes", evidence: {}, discount: {}, full: 1 };
    const merged = extendTaxonomy(framed, { frames: [replaced, extra] });
    expect(merged.frames).toEqual([replaced, extra]);
  });
});
