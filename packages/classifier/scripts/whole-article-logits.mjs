// The committed beat model's whole-article logits (what the classifier decides by: the combiner
// is the identity), for the twentieth pass's trial scripts (prior-shift-trial.mjs,
// beat-error-account.mjs): corpus rows of the chosen folds with their outlet and AllSides topic,
// and the fixtures, desk check and reference dump with their acceptable beats.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileBeatModel, scoreBeatModel } from "../dist/beat-model.js";
import { compileParts } from "../dist/create-classifier.js";
import { readCorpusOrExit, sourceFold, sourceHash } from "../dist/eval/corpus-articles.js";
import { loadDeskCheck } from "../dist/eval/desk-check-set.js";
import { loadFixtureArticles } from "../dist/eval/fixture-articles.js";
import { loadReferenceDump } from "../dist/eval/reference-dump.js";
import { tallyBeats } from "../dist/score-beats.js";
import { splitZones } from "../dist/zones.js";

/** A scorer for one model file (default: the committed data/beat-model.json). */
export function wholeArticleScorer(modelFile) {
  const parts = compileParts();
  const model = modelFile
    ? compileBeatModel(JSON.parse(readFileSync(modelFile, "utf8")), parts.words)
    : parts.model;
  const { lexicon, words: wordIds } = parts;
  const lexiconOfClass = model.classes.map((c) =>
    lexicon.beats.findIndex((b, i) => b.id === c && lexicon.parents[i] === -1),
  );
  function logitsOf(article) {
    const zones = splitZones(article, wordIds);
    let words = 0;
    for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
    const tally = tallyBeats(zones, lexicon);
    const raw = lexiconOfClass.map((b) => (b >= 0 ? (tally.raw[b] ?? 0) : 0));
    return Array.from(scoreBeatModel(model, zones, raw, words).logits);
  }
  return { classes: model.classes, temperature: model.temperature, logitsOf };
}

/** Labeled corpus rows of `folds`: gold beat, outlet, topic, id, half (by hash), logits. */
export async function corpusRows(scorer, folds) {
  const corpus = await readCorpusOrExit();
  return corpus
    .filter((c) => c.beat && folds.includes(sourceFold(c.source)))
    .map((c) => ({
      id: c.id,
      fold: sourceFold(c.source),
      half: Math.floor(sourceHash(c.source) / 5) % 2,
      source: c.source,
      topic: c.topic,
      gold: [c.beat],
      logits: scorer.logitsOf(c.article),
    }));
}

/** The project's own sets; each article's `batch` is the dump a user would ingest it with. */
export function projectRows(scorer) {
  const fixturesDir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
  return {
    fixtures: loadFixtureArticles(fixturesDir).map((f) => ({
      gold: f.beats,
      source: "fixtures",
      logits: scorer.logitsOf(f.article),
    })),
    desk: loadDeskCheck().map((s) => ({
      gold: [s.beat],
      source: `desk ${s.desk}`,
      logits: scorer.logitsOf(s.article),
    })),
    reference: loadReferenceDump().map((r) => ({
      gold: r.beats,
      source: "reference",
      logits: scorer.logitsOf(r.article),
    })),
  };
}
