import { closingBonus } from "../decoded-starts.js";
import { dumpClosers } from "../dump-closers.js";
import { StoryCloses } from "../story-closes.js";
import { STEMS } from "../term-store.js";
import type { FeatureTable } from "../text-features.js";
import * as cues from "./cues-beside-decoder.js";
import { definiteNounsOf } from "./definite-nouns.js";
import { offsetLogLoss } from "./offset-loss.js";

const DEEP = 3;
// The paragraphs from the would-be lede whose definite descriptions are read.
const RIGHT = 3;
const MOST = 6;
// The gap model's recent window, and its reach back to the article's start.
const RECENT = 8;
const STORY = 25;
// The decoder's floor in calibrated log-odds: a true start under it is a missed one.
const FLOOR = -2;

/** How many definite descriptions of body[g..g+RIGHT) name a stem body[from..g) never used. */
function newDefinites(
  table: FeatureTable,
  body: readonly number[],
  from: number,
  g: number,
  only = RIGHT,
): { fresh: number; all: number } {
  const known = new Set<number>();
  for (let k = from; k < g; k++) {
    const f = table.lexical(body[k] as number);
    for (let i = f.from(STEMS); i < f.to(STEMS); i++) known.add(f.terms[i] as number);
  }
  let fresh = 0;
  let all = 0;
  for (let k = g; k < Math.min(body.length, g + only); k++)
    for (const noun of definiteNounsOf(table.text(body[k] as number))) {
      all++;
      if (!known.has(noun)) fresh++;
    }
  return { fresh, all };
}

const capped = (n: number, most: number) => Math.min(n, most) / most;
const share = (d: { fresh: number; all: number }) => (d.all === 0 ? 0 : d.fresh / d.all);

/** A 0-1 cue's values over a group of rows in seven bins (0, 1/6 ... 1), as shares. */
function histogram(rows: readonly cues.CueRow[], i: number): string {
  const bins = new Array<number>(MOST + 1).fill(0);
  for (const r of rows) {
    const bin = Math.round((r.f[i] as number) * MOST);
    bins[bin] = (bins[bin] as number) + 1;
  }
  return bins.map((b) => (rows.length === 0 ? 0 : b / rows.length).toFixed(2)).join(" ");
}

/**
 * `node dist-tools/corpus/definites-in-story.js [fold] [layout]`: the definite descriptions
 * ("the council") of the RIGHT paragraphs from a would-be lede that the story above never named,
 * read against three spans of it (its last RECENT paragraphs, as the trial `newDefinites` read;
 * the last STORY, the decoder's reach back to an article's start; all of it from its true start),
 * alone and crossed with the paragraph above's ending-likeness or a closing line above (a new
 * referent right under a story's close), at the gaps DEEP+ paragraphs into decoded true stories
 * of one fold's whole-article dumps (one a line unless told). Each cue's histogram at the true
 * starts over the decoder's floor, the missed ones under it and the other gaps, then its counts by
 * the decoder's log-odds (with the bonuses it adds under a close, closingBonus) and weight beside
 * them (offset), alone and in pairs. Counts only.
 */
function main(): void {
  const input = cues.cueToolInput("definites in story");
  if (input === null) return;
  const { fold, layout, articles } = input;
  const names = [
    "new8",
    "new25",
    "newAll",
    "share8",
    "share25",
    "ledeNew25",
    "endingLike",
    "new8xEnding",
    "new25xEnding",
    "share25xEnding",
    "new25xEnding50",
    "new25xClose",
    "ending50",
    "close",
  ];
  const closes = new StoryCloses();
  const rows: cues.CueRow[] = [];
  for (const { starts, paragraphs, table, heads } of cues.cueDumps(articles, layout)) {
    const closers = dumpClosers(table, heads);
    for (const gap of cues.deepDecodedGaps(paragraphs, table, heads, starts, DEEP)) {
      const { body, g, y, storyStart } = gap;
      // The log-odds the decoder reads: its gap model's, and the bonuses under a close above.
      const score = gap.score + closingBonus(table, body, g, closers, 1);
      const recent = newDefinites(table, body, Math.max(storyStart, g - RECENT), g);
      const story = newDefinites(table, body, Math.max(storyStart, g - STORY), g);
      const whole = newDefinites(table, body, storyStart, g);
      const lede = newDefinites(table, body, Math.max(storyStart, g - STORY), g, 1);
      const ending = table.lexical(body[g - 1] as number).endingLike;
      let close = 0;
      for (let p = body[g - 1] as number; p < (body[g] as number); p++)
        if (closes.closes(table, p)) close = 1;
      const new25 = capped(story.fresh, MOST);
      rows.push({
        score,
        y,
        f: [
          capped(recent.fresh, MOST),
          new25,
          capped(whole.fresh, MOST),
          share(recent),
          share(story),
          capped(lede.fresh, 3),
          ending,
          capped(recent.fresh, MOST) * ending,
          new25 * ending,
          share(story) * ending,
          ending >= 0.5 ? new25 : 0,
          close * new25,
          ending >= 0.5 ? 1 : 0,
          close,
        ],
      });
    }
  }
  const found = rows.filter((r) => r.y === 1 && r.score >= FLOOR);
  const missed = rows.filter((r) => r.y === 1 && r.score < FLOOR);
  const inside = rows.filter((r) => r.y === 0);
  console.log(
    `fold ${fold} (${layout}): gaps ${DEEP}+ paragraphs into decoded true stories: starts over the floor ${found.length}, under it ${missed.length}, other gaps ${inside.length}`,
  );
  console.log("histograms (share at 0, 1/6 ... 1): over the floor | under it | other gaps");
  names.forEach((name, i) => {
    console.log(
      `  ${name.padEnd(15)} ${histogram(found, i)} | ${histogram(missed, i)} | ${histogram(inside, i)}`,
    );
  });
  cues.printCuesBesideDecoder(rows, names);
  const base = cues.fitBesideDecoder(
    rows,
    rows.map(() => new Float64Array(0)),
  );
  console.log(
    `jointly beside the log-odds (intercept less the offset's own ${(base[0] as number).toFixed(2)}, weights, loss):`,
  );
  for (const pair of [
    ["close", "new25xClose"],
    ["endingLike", "new25xEnding"],
    ["new25", "new25xEnding"],
    ["new8", "new25"],
    ["new25"],
    ["new25xEnding"],
  ]) {
    const at = pair.map((name) => names.indexOf(name));
    const xs = rows.map((r) => Float64Array.from(at, (i) => r.f[i] as number));
    const w = cues.fitBesideDecoder(rows, xs);
    const shift = (w[0] as number) - (base[0] as number);
    const weights = w.slice(1).map((x) => x.toFixed(2));
    console.log(
      `  ${pair.join(" + ")}: ${shift.toFixed(2)}, ${weights.join(" / ")}, loss ${offsetLogLoss(rows, w, xs).toFixed(1)}`,
    );
  }
}

main();
