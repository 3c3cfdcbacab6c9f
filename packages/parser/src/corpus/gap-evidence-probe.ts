import { decoderGapScore } from "../decoded-starts.js";
import { LEARNED_GAP_CALIBRATION } from "../learned/decoder-data.js";
import { LeftContext } from "../left-context.js";
import { gapFeatures } from "../measure-gap.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import { STEMS, termsOf } from "../term-store.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import type { FeatureTable } from "../text-features.js";
import { addTopicVector, TOPIC_DIMENSIONS } from "../topic-vectors.js";
import { auc } from "./auc.js";
import { articlesOfFold, corpusOrExplain } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import {
  endsOnAttributedQuote,
  fullNamesOf,
  namedPlacesOf,
  saysShare,
  stemDivergence,
  timeWordsOf,
} from "./gap-evidence-cues.js";

// The decoder's floor: a true start scored under it is out of every prior's reach.
const FLOOR = -2;
// The band under the floor compared: true starts and other gaps the decoder scores alike, so
// that what tells them apart is evidence the decoder does not weigh yet.
const BAND = -4;

interface Sample {
  y: number;
  score: number;
  values: Record<string, number>;
}

/**
 * `node dist-tools/corpus/gap-evidence-probe.js [briefs] [folds...]` (after `npm run tools`): on
 * the training folds (2-4 unless given), the gaps the decoder scores from BAND to its floor,
 * measured from the true start above each (one a line; whole articles in decoded stretches, or
 * the briefs layout), true starts against the rest, by candidate gap evidence read from the raw
 * text (gap-evidence-cues.ts) and by some the gap model has: the mean of each measure in both
 * groups, the AUC, and the AUC within strata of the story above's length (a gap a paragraph or
 * two into a story is seldom a start, which the length prior carries). Counts only.
 */
function main(): void {
  const corpus = corpusOrExplain("gap evidence probe", true);
  if (corpus === null) return;
  const args = process.argv.slice(2);
  const briefs = args.includes("briefs");
  const folds = args.filter((a) => /^\d$/.test(a)).map(Number);
  const articles = (folds.length > 0 ? folds : [2, 3, 4]).flatMap((f) => articlesOfFold(corpus, f));
  const samples: Sample[] = [];
  for (const dump of corpusDumps(articles, { layout: "lines", seed: 1, briefs })) {
    const starts = new Set(dump.truth.map((t) => t.startLine));
    for (const { table, body, labels } of labeledRuns(dump.text, starts)) {
      if (!briefs && body.length < DEFAULT_DECODER.minStretch) continue;
      const context = new LeftContext(table);
      context.reset(body);
      let storyStart = 0;
      for (let g = 1; g < body.length; g++) {
        const isStart = labels[g] === 1;
        const score =
          LEARNED_GAP_CALIBRATION.scale *
            decoderGapScore(context, table, body, g, -Infinity, storyStart) +
          LEARNED_GAP_CALIBRATION.offset;
        if (score < BAND || score >= FLOOR) {
          if (isStart) storyStart = g;
          continue;
        }
        context.moveTo(storyStart, g);
        const evidence = gapFeatures(context, table, body, g);
        const text = (k: number) => table.text(body[k] as number);
        const story: string[] = [];
        for (let k = storyStart; k < g; k++) story.push(text(k));
        const right: string[] = [];
        for (let k = g; k < Math.min(body.length, g + 2); k++) right.push(text(k));
        samples.push({
          y: isStart ? 1 : 0,
          score,
          values: measures(story, right, table, body, g, storyStart),
        });
        const last = samples[samples.length - 1] as Sample;
        last.values["(has) castCohesion"] = evidence.castCohesion;
        last.values["(has) endingLike"] = evidence.endingLike;
        last.values["(has) dayAnchor"] = evidence.dayAnchor;
        last.values["(has) wordCohesion"] = evidence.wordCohesion;
        last.values["(has) topicShift-Continues"] = evidence.topicShift - evidence.topicContinues;
        last.values["story length"] = g - storyStart;
        if (isStart) storyStart = g;
      }
    }
  }
  const pos = samples.filter((s) => s.y === 1);
  const neg = samples.filter((s) => s.y === 0);
  console.log(
    `${briefs ? "briefs" : "whole articles, decoded stretches"}, gaps scored ${BAND} to ${FLOOR}: true starts ${pos.length}, others ${neg.length}`,
  );
  console.log(`  ${"measure".padEnd(40)} mean start / other   AUC   AUC within lengths`);
  const names = Object.keys(samples[0]?.values ?? {});
  for (const name of names) {
    const x = samples.map((s) => s.values[name] as number);
    const mean = (list: Sample[]) =>
      list.reduce((a, s) => a + (s.values[name] as number), 0) / Math.max(1, list.length);
    console.log(
      `  ${name.padEnd(40)} ${mean(pos).toFixed(3)} / ${mean(neg).toFixed(3)}   ${auc(
        x,
        samples.map((s) => s.y),
      ).toFixed(3)}   ${stratifiedAuc(samples, name, briefs).toFixed(3)}`,
    );
  }
}

/** AUC within strata of the story above's length, weighted by the strata's pairs. */
function stratifiedAuc(samples: readonly Sample[], name: string, briefs: boolean): number {
  const stratum = (d: number) =>
    briefs ? Math.min(d, 5) : d < 6 ? 0 : d <= 12 ? 1 : d <= 20 ? 2 : 3;
  const groups = new Map<number, Sample[]>();
  for (const s of samples) {
    const k = stratum(s.values["story length"] as number);
    const list = groups.get(k) ?? [];
    list.push(s);
    groups.set(k, list);
  }
  let sum = 0;
  let weight = 0;
  for (const list of groups.values()) {
    const p = list.filter((s) => s.y === 1).length;
    const pairs = p * (list.length - p);
    if (pairs === 0) continue;
    sum +=
      pairs *
      auc(
        list.map((s) => s.values[name] as number),
        list.map((s) => s.y),
      );
    weight += pairs;
  }
  return weight === 0 ? 0.5 : sum / weight;
}

function measures(
  story: readonly string[],
  right: readonly string[],
  table: FeatureTable,
  body: readonly number[],
  g: number,
  storyStartOf: number,
): Record<string, number> {
  const lede = right[0] ?? "";
  const storyText = story.join("\n");
  const storyCaps = new Set(storyText.match(/\b[A-Z][a-z]+\b/g) ?? []);
  const ledeNames = fullNamesOf(right.join("\n"));
  const newNames = ledeNames.filter((n) => n.split(/\s+/).every((w) => !storyCaps.has(w)));
  const seenNames = ledeNames.filter((n) => n.split(/\s+/).some((w) => storyCaps.has(w)));
  const storyNames = new Set(fullNamesOf(storyText));
  const ledePlaces = namedPlacesOf(lede);
  const storyPlaces = new Set(namedPlacesOf(storyText));
  const newPlaces = ledePlaces.filter((p) => p.split(/\s+/).every((w) => !storyCaps.has(w)));
  const ledeTimes = timeWordsOf(lede);
  const storyTimes = new Set(timeWordsOf(storyText));
  const newTimes = ledeTimes.filter((t) => !storyTimes.has(t));
  const before = story[story.length - 1] ?? "";
  const storySays = saysShare(storyText);
  const rightSays = saysShare(right.join("\n"));
  const stemsOf = (from: number, to: number) => {
    const list: number[] = [];
    for (let k = Math.max(0, from); k < Math.min(body.length, to); k++)
      list.push(...termsOf(table.lexical(body[k] as number), STEMS));
    return list;
  };
  return {
    "new full names (right 2), count<=3": Math.min(3, newNames.length) / 3,
    "new full names share": ledeNames.length ? newNames.length / ledeNames.length : 0.5,
    "seen full names (right 2)": Math.min(3, seenNames.length) / 3,
    "story had full names, none seen": storyNames.size > 0 && seenNames.length === 0 ? 1 : 0,
    "lede new place": newPlaces.length > 0 ? 1 : 0,
    "lede place, story had places": ledePlaces.length > 0 && storyPlaces.size > 0 ? 1 : 0,
    "lede new place, story had places": newPlaces.length > 0 && storyPlaces.size > 0 ? 1 : 0,
    "lede new time word": newTimes.length > 0 ? 1 : 0,
    "lede time, story had none": ledeTimes.length > 0 && storyTimes.size === 0 ? 1 : 0,
    "lede new time, story had some": newTimes.length > 0 && storyTimes.size > 0 ? 1 : 0,
    "says/said shift": storySays >= 0 && rightSays >= 0 ? Math.abs(storySays - rightSays) : 0,
    "prev ends on attributed quote": endsOnAttributedQuote(before) ? 1 : 0,
    "prev ends on quotation mark": /["”]\s*$/.test(before) ? 1 : 0,
    "prev has will": /\bwill\b/.test(before) ? 1 : 0,
    "stem divergence 3|3": stemDivergence(stemsOf(g - 3, g), stemsOf(g, g + 3)),
    "stem divergence story|3": stemDivergence(stemsOf(g - 12, g), stemsOf(g, g + 3)),
    "stem divergence in-article 3|3": stemDivergence(
      stemsOf(Math.max(storyStartOf, g - 3), g),
      stemsOf(g, g + 3),
    ),
    "stem divergence in-article 3|2": stemDivergence(
      stemsOf(Math.max(storyStartOf, g - 3), g),
      stemsOf(g, g + 2),
    ),
    "topic mixture divergence in-article 3|3": topicMixtureDivergence(
      table,
      body,
      Math.max(storyStartOf, g - 3),
      g,
      Math.min(body.length, g + 3),
    ),
    "stem divergence in-article 1|1": stemDivergence(stemsOf(g - 1, g), stemsOf(g, g + 1)),
  };
}

main();

/**
 * Jensen-Shannon divergence (bits) of the two windows' topic mixtures: the topic vectors are
 * signed (a truncated SVD), so a window's mixture is the share of its vector's energy in each
 * dimension. 0.5 where either window is empty.
 */
function topicMixtureDivergence(
  table: FeatureTable,
  body: readonly number[],
  from: number,
  g: number,
  to: number,
): number {
  const mixture = (a: number, b: number) => {
    const v = new Float32Array(TOPIC_DIMENSIONS);
    for (let k = a; k < b; k++) {
      const f = table.lexical(body[k] as number);
      addTopicVector(f.terms, f.from(STEMS), f.to(STEMS), v, 0);
    }
    const energy = v.reduce((sum, x) => sum + x * x, 0);
    return energy === 0 ? null : Array.from(v, (x) => (x * x) / energy);
  };
  const p = mixture(from, g);
  const q = mixture(g, to);
  if (p === null || q === null) return 0.5;
  let js = 0;
  for (let i = 0; i < TOPIC_DIMENSIONS; i++) {
    const a = p[i] as number;
    const b = q[i] as number;
    const m = (a + b) / 2;
    if (a > 0) js += 0.5 * a * Math.log2(a / m);
    if (b > 0) js += 0.5 * b * Math.log2(b / m);
  }
  return js;
}
