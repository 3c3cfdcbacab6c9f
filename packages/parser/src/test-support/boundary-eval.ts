import { parseDump } from "../parse-dump.js";
import type { Article } from "../types.js";
import {
  boundaryScores,
  type ComposedDump,
  composeDump,
  type Layout,
  shuffled,
} from "./compose-dump.js";
import type { FixtureArticle } from "./fixture-articles.js";

interface ParsedDump {
  /** Where it was composed: layout/seed. */
  label: string;
  dump: ComposedDump;
  articles: Article[];
}

/**
 * Dumps composed from the given articles and parsed: eight articles a dump, some without
 * headline, in every layout, in several orders.
 */
export function* parsedDumps(
  articles: readonly FixtureArticle[],
  seeds: readonly number[],
  headlessRate: number,
  debrisRate: number,
): Generator<ParsedDump> {
  const layouts: Layout[] = ["lines", "spaced", "blank", "wrapped"];
  for (const seed of seeds) {
    const order = shuffled(articles, seed);
    for (let from = 0; from < order.length; from += 8) {
      const layout = layouts[seed % layouts.length] as Layout;
      const dump = composeDump(order.slice(from, from + 8), {
        layout,
        headlessRate,
        duplicateHeadlineRate: 0.1,
        eol: seed % 2 ? "\n" : "\r\n",
        wrapWidth: 64 + (seed % 16),
        seed,
        debrisRate,
      });
      yield { label: `${layout}/${seed}`, dump, articles: parseDump(dump.text).articles };
    }
  }
}

/** Boundary precision, recall and F1 of the parser over composed dumps. */
export function evaluateBoundaries(
  articles: readonly FixtureArticle[],
  seeds: readonly number[],
  headlessRate = 0.5,
  debrisRate = 0,
) {
  let hits = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const { label, dump, articles: found } of parsedDumps(
    articles,
    seeds,
    headlessRate,
    debrisRate,
  )) {
    const starts = found.map((a) => a.startLine);
    const scores = boundaryScores(
      starts,
      dump.truth.map((t) => t.startLine),
    );
    hits += scores.hits;
    predicted += starts.length;
    expected += dump.truth.length;
    for (const t of dump.truth) if (!starts.includes(t.startLine)) misses.push(`${label}: ${t.id}`);
  }
  const precision = hits / predicted;
  const recall = hits / expected;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), misses };
}

/**
 * Of the articles the parser found exactly (same first and last line as the truth), the share
 * with the right headline (and its source), dek and contributors: the rest of the JSON contract.
 */
export function evaluateFields(articles: readonly FixtureArticle[], seeds: readonly number[]) {
  let matched = 0;
  let headlines = 0;
  let deks = 0;
  let contributors = 0;
  const wrong: string[] = [];
  for (const { dump, articles: found } of parsedDumps(articles, seeds, 0.5, 0)) {
    for (const t of dump.truth) {
      const a = found.find((f) => f.startLine === t.startLine && f.endLine === t.endLine);
      if (!a) continue;
      matched++;
      const headlineRight =
        t.headline === null
          ? a.headlineSource === "derived"
          : a.headlineSource === "dump" && a.headline === t.headline;
      if (headlineRight) headlines++;
      else wrong.push(`${t.id}: headline ${JSON.stringify(a.headline)}`);
      if (a.dek === t.dek) deks++;
      else wrong.push(`${t.id}: dek ${JSON.stringify(a.dek)}`);
      if ([...a.contributors].sort().join("|") === [...t.contributors].sort().join("|")) {
        contributors++;
      } else wrong.push(`${t.id}: contributors ${JSON.stringify(a.contributors)}`);
    }
  }
  return {
    matched,
    headline: headlines / matched,
    dek: deks / matched,
    contributors: contributors / matched,
    wrong,
  };
}
