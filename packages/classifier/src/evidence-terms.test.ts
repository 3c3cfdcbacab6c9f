import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { distinctTerms } from "./beat-model.js";
import { compileParts } from "./create-classifier.js";
import { beatInputs, createBeatDecider } from "./decide-beats.js";
import { joinedFixtures, loadFixtureArticles } from "./eval/fixture-articles.js";
import { evidenceTerms, lexiconShare } from "./evidence-terms.js";
import { loadBeatCombiner } from "./load-data.js";
import { type BeatTally, beatTerms, tallyBeats } from "./score-beats.js";
import { topFeatures } from "./test-support/top-features.js";
import type { TermEvidence } from "./types.js";
import { splitZones } from "./zones.js";

const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const articles = loadFixtureArticles(dir).map((l) => l.article);

describe("evidenceTerms", () => {
  // evidenceTerms keeps its candidates as numbers and each term's lowercase words once for the
  // data. The plain form below makes an object, a lowercase and a split for every candidate, as
  // it did before (thirty-eighth pass): both must name the same terms, counts and shares, for
  // every beat of every fixture and joined fixture, the decider's kept terms shared throughout.
  it("gives what the plain form gives, for every beat", () => {
    const { words, model, lexicon } = compileParts();
    const decider = createBeatDecider(model, lexicon, loadBeatCombiner());
    let compared = 0;
    for (const article of [...articles, ...joinedFixtures(articles)]) {
      const zones = splitZones(article, words);
      const tally = tallyBeats(zones, lexicon);
      let count = 0;
      for (const z of zones) if (z.kind === "lede" || z.kind === "body") count += z.tokens.length;
      const { inputs, scores } = beatInputs(decider, zones, tally, count);
      for (let i = 0; i < decider.beats.length; i++) {
        for (const limit of [4, 8]) {
          const plain = plainEvidenceTerms(decider, scores, inputs, tally, i, limit);
          expect(evidenceTerms(decider, scores, inputs, tally, i, limit)).toEqual(plain);
          if (plain.length > 0) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  }, 60_000);
});

/** evidenceTerms as it was before the thirty-eighth pass: objects, lowercase and splits. */
function plainEvidenceTerms(
  decider: ReturnType<typeof createBeatDecider>,
  scores: Parameters<typeof evidenceTerms>[1],
  inputs: Float64Array,
  tally: BeatTally,
  i: number,
  limit: number,
): TermEvidence[] {
  const { model, combiner } = decider;
  const b = decider.beats[i] ?? 0;
  const k = decider.classOfBeat.get(b) ?? -1;
  const weight = combiner.weights[0] ?? 0;
  const fromLexicon = lexiconShare(decider, scores, inputs, i);
  const terms: TermEvidence[] = [];
  if (k >= 0) {
    for (const t of topFeatures(model, scores, k, 3 * limit)) {
      terms.push({ ...t, contribution: t.contribution * weight });
    }
  }
  if (fromLexicon > 0) {
    const lexTerms = beatTerms(tally, b, limit);
    const total = lexTerms.reduce((s, t) => s + t.contribution, 0);
    for (const t of lexTerms) {
      const share = (fromLexicon * t.contribution) / total;
      const same = terms.find((x) => x.term.toLowerCase() === t.term.toLowerCase());
      if (same) {
        same.contribution += share;
        same.count = Math.max(same.count, t.count);
      } else terms.push({ ...t, contribution: share });
    }
  }
  const sorted = [...terms].sort((x, y) => y.contribution - x.contribution);
  return distinctTerms(sorted, limit).map((t) => ({
    ...t,
    contribution: Math.round(t.contribution * 1000) / 1000,
  }));
}
