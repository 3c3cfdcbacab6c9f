// The sets the trial scripts measure beside the corpus (scripts/*-trial.mjs): the desk check,
// the reference dump and the fixtures, each article read by the trainer's feature reader as a
// measured-only document (fold -2: it never shapes the vocabulary), with its acceptable beats.
import { beatInputs } from "../dist/decide-beats.js";
import { loadDeskCheck } from "../dist/eval/desk-check-set.js";
import { loadFixtureArticles } from "../dist/eval/fixture-articles.js";
import { loadReferenceDump } from "../dist/eval/reference-dump.js";
import { tallyBeats } from "../dist/score-beats.js";
import { buildVocabulary } from "../dist/train/model/article-features.js";
import { readModelOptions } from "../dist/train/model/model-options.js";
import { readTrainingSetup } from "../dist/train/model/training-setup.js";
import { splitZones } from "../dist/zones.js";

/** One measured-only row: acceptable beats (`gold`, the first the label), the article, its doc. */
export function measuredOnly(reader, gold, article) {
  return {
    gold,
    article,
    doc: reader.toDoc({ source: "\u0000measured", fold: -2, label: 0, weight: 0, article }),
  };
}

/** The desk check, the reference dump and the fixtures (measured as the eval does: by their acceptable beats). */
export function measuredSets(reader) {
  const fixturesDir = new URL("../../../fixtures/articles/", import.meta.url).pathname;
  return {
    desk: loadDeskCheck().map((s) => measuredOnly(reader, [s.beat], s.article)),
    reference: loadReferenceDump().map((r) => measuredOnly(reader, r.beats, r.article)),
    fixtures: loadFixtureArticles(fixturesDir).map((f) => measuredOnly(reader, f.beats, f.article)),
  };
}

/** With TRIAL_FOLD0=1, the held-out outlets' rows (reported, never chosen by); else none. */
export async function heldOutRows(reader, corpusPath) {
  if (process.env.TRIAL_FOLD0 !== "1") return [];
  const { readCorpus, sourceFold } = await import("../dist/eval/corpus-articles.js");
  const rows = [];
  for (const c of await readCorpus(corpusPath)) {
    if (c.beat && sourceFold(c.source) === 0) rows.push(measuredOnly(reader, [c.beat], c.article));
  }
  return rows;
}

/**
 * What a trial script starts from, read as the trainer reads it: the options and settings, the
 * beats, the labeled corpus articles and their docs, the measured sets, the held-out rows (with
 * TRIAL_FOLD0=1) and the vocabulary, built after the measured-only docs as the trainer does.
 */
export async function trialSetup() {
  const options = readModelOptions();
  const { settings } = options;
  const { classes, labeled, reader } = await readTrainingSetup(options);
  const docs = labeled.map(reader.toDoc);
  const { desk, reference, fixtures: fixtureGold } = measuredSets(reader);
  const fold0Rows = await heldOutRows(reader, options.corpusPath);
  const { vocabOf, vocab } = buildVocabulary(reader, settings);
  return {
    options,
    settings,
    classes,
    C: classes.length,
    labeled,
    reader,
    docs,
    desk,
    reference,
    fixtureGold,
    fold0Rows,
    vocabOf,
    vocab,
  };
}

/**
 * Rows scored by `scoresOf(article)` for the trials that score the committed files: the corpus's
 * labeled articles of `folds` (with the outlet's half), the fixtures, the desk check and the
 * reference dump, each with its set, id where it has one, and acceptable beats (`gold`).
 */
export async function scoredTrialRows(folds, scoresOf) {
  const { readCorpusOrExit, sourceFold, sourceHash } = await import(
    "../dist/eval/corpus-articles.js"
  );
  const rows = [];
  for (const c of await readCorpusOrExit()) {
    if (!c.beat || !folds.includes(sourceFold(c.source))) continue;
    rows.push({
      set: `fold ${sourceFold(c.source)}`,
      id: c.id,
      half: Math.floor(sourceHash(c.source) / 5) % 2,
      gold: [c.beat],
      ...scoresOf(c.article),
    });
  }
  const fixturesDir = new URL("../../../fixtures/articles/", import.meta.url).pathname;
  for (const f of loadFixtureArticles(fixturesDir))
    rows.push({ set: "fixtures", id: f.id, gold: f.beats, ...scoresOf(f.article) });
  for (const s of loadDeskCheck())
    rows.push({ set: "desk", id: s.id, gold: [s.beat], ...scoresOf(s.article) });
  for (const r of loadReferenceDump())
    rows.push({ set: "reference", gold: r.beats, ...scoresOf(r.article) });
  return rows;
}

/** `measure` of each half of the outlets' rows (scoredTrialRows' `half`): half 0's, then half 1's. */
export const byHalf = (rows, measure) =>
  [0, 1].map((h) => measure(rows.filter((r) => r.half === h)));

/** An article's zones, its words (lede and body) and the decider's inputs (beatInputs), as the classifier reads it. */
export function articleInputs(parts, decider, article) {
  const zones = splitZones(article, parts.words);
  let words = 0;
  for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
  const tally = tallyBeats(zones, decider.lexicon);
  return { zones, words, ...beatInputs(decider, zones, tally, words) };
}
