import { bodyParagraphs } from "../content-paragraphs.js";
import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { LeftContext } from "../left-context.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import {
  type CueRow,
  cueDumps,
  cueToolInput,
  printCuesBesideDecoder,
} from "./cues-beside-decoder.js";
import { FUNCTION_WORDS } from "./function-word-style.js";

const DEEP = 3;
const LEFT = 8;
const RIGHT = 3;

/** Each typographic habit as two variants a story's editor or system keeps to: plain, then typeset. */
const HABITS: readonly [string, RegExp, RegExp][] = [
  ["apostrophe", /\p{L}'\p{L}/gu, /\p{L}’\p{L}/gu],
  ["doubleQuote", /"/g, /[“”]/g],
  ["dash", /\s--?\s|\p{L}--\p{L}/gu, /[—–]/g],
  ["enOrEm", /–/g, /—/g],
  ["emSpacing", /\p{L}—\p{L}/gu, /\s—\s/g],
];

const FUNCTION_INDEX = new Map(FUNCTION_WORDS.map((w, i) => [w, i]));

/** A paragraph's style counts: words, sentences, letters, commas, then each function word's uses. */
function styleCounts(text: string): number[] {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const out = new Array<number>(4 + FUNCTION_WORDS.length).fill(0);
  out[0] = words.length;
  out[1] = Math.max(1, text.match(/[.!?]+["”’)]?(?:\s|$)/g)?.length ?? 0);
  out[2] = words.reduce((a, w) => a + w.length, 0);
  out[3] = text.match(/,/g)?.length ?? 0;
  for (const w of words) {
    const i = FUNCTION_INDEX.get(w);
    if (i !== undefined) out[4 + i] = (out[4 + i] as number) + 1;
  }
  return out;
}

function absLogRatio(a: number, b: number): number {
  return a > 0 && b > 0 ? Math.min(1, Math.abs(Math.log(a / b))) : 0;
}

/** Style distances between two windows' summed style counts (`paragraphs`: how many each holds). */
function styleShift(l: readonly number[], r: readonly number[], nl: number, nr: number): number[] {
  const g = (v: readonly number[], i: number) => v[i] ?? 0;
  const sentence = absLogRatio(g(l, 0) / g(l, 1), g(r, 0) / g(r, 1));
  const wordLength = Math.min(
    1,
    5 * absLogRatio(g(l, 2) / Math.max(1, g(l, 0)), g(r, 2) / Math.max(1, g(r, 0))),
  );
  const paragraph = absLogRatio(g(l, 0) / nl, g(r, 0) / nr);
  const comma = absLogRatio((g(l, 3) + 1) / (g(l, 0) + 10), (g(r, 3) + 1) / (g(r, 0) + 10));
  let dot = 0;
  let ll = 0;
  let rr = 0;
  for (let i = 4; i < l.length; i++) {
    const a = g(l, i) / Math.max(1, g(l, 0));
    const b = g(r, i) / Math.max(1, g(r, 0));
    dot += a * b;
    ll += a * a;
    rr += b * b;
  }
  const functionDistance = ll > 0 && rr > 0 ? 1 - dot / Math.sqrt(ll * rr) : 0;
  return [sentence, wordLength, paragraph, comma, functionDistance];
}

interface Phrases {
  words: Set<string>;
  definite: string[];
  indefinite: string[];
}

const NOT_NOUN = new Set(
  "same first last new other most best next former following only two three many end way us".split(
    " ",
  ),
);

/** The lower-case words of a paragraph, and the nouns after "the" and "a/an" (the word after, crudely). */
function phrasesOf(text: string): Phrases {
  const tokens = text.match(/\p{L}+/gu) ?? [];
  const words = new Set<string>();
  const definite: string[] = [];
  const indefinite: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const lower = t.toLowerCase();
    if (lower.length > 3) words.add(lower);
    const next = tokens[i + 1];
    if (next === undefined || next.length <= 3 || /^\p{Lu}/u.test(next)) continue;
    const noun = next.toLowerCase();
    if (NOT_NOUN.has(noun)) continue;
    if (lower === "the") definite.push(noun);
    else if (lower === "a" || lower === "an") indefinite.push(noun);
  }
  return { words, definite, indefinite };
}

/** How often a paragraph uses each habit's two variants. */
function habitCounts(text: string): number[] {
  return HABITS.flatMap(([, plain, typeset]) => [
    text.match(plain)?.length ?? 0,
    text.match(typeset)?.length ?? 0,
  ]);
}

function sum(counts: readonly number[][], from: number, to: number): number[] {
  const out = new Array<number>((counts[0] as number[]).length).fill(0);
  for (let k = from; k < to; k++) {
    const c = counts[k] as number[];
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (c[i] as number);
  }
  return out;
}

/** Whether one side keeps to one variant of habit i (at least `least` uses) and the other only to the other. */
function clash(
  left: readonly number[],
  right: readonly number[],
  i: number,
  least: number,
): boolean {
  const lp = left[2 * i] ?? 0;
  const lt = left[2 * i + 1] ?? 0;
  const rp = right[2 * i] ?? 0;
  const rt = right[2 * i + 1] ?? 0;
  return (
    (lp >= least && lt === 0 && rt >= least && rp === 0) ||
    (lt >= least && lp === 0 && rp >= least && rt === 0)
  );
}

/**
 * `node dist-tools/corpus/style-and-givenness.js [fold] [layout]`: cues of a new writer or a new
 * referent read beside the decoder at the gaps DEEP+ paragraphs into decoded true stories of one
 * fold's whole-article dumps (one a line unless told). Typography: the story above (LEFT
 * paragraphs back, none before its true start) and the RIGHT paragraphs from the would-be lede
 * keep to different variants of a habit (straight or curly apostrophes and quotation marks,
 * hyphens or dashes, en or em dashes, a spaced em dash or not). Style: sentence, word and
 * paragraph length, commas, function words, their shifts across the gap. Givenness: the nouns of
 * the definite descriptions ("the council") from the would-be lede that the story above never
 * used (definiteNew), used (definiteGiven), their share, indefinite ones ("a council") already
 * used. Counts by the decoder's log-odds, AUC, each cue's weight beside the log-odds (offset) and
 * the log loss saved. Counts only.
 */
function main(): void {
  const input = cueToolInput("style and givenness");
  if (input === null) return;
  const { fold, layout, articles } = input;
  const names = [
    ...HABITS.map(([name]) => name),
    "anyClash",
    "anyClash2",
    "clashCount",
    "anyClashLede",
    "sentenceShift",
    "wordLengthShift",
    "paragraphShift",
    "commaShift",
    "functionDistance",
    "paraSigned",
    "sentencesPerPara",
    "medianWordsShift",
    "medianAfterLede",
    "medianSentAfterLede",
    "medianAfterLede2",
    "definiteNew",
    "definiteGiven",
    "definiteNewShare",
    "indefiniteGiven",
    "ledeDefiniteNew",
  ];
  const rows: CueRow[] = [];
  for (const { paragraphs, table, heads, starts } of cueDumps(articles, layout)) {
    for (let h = 0; h < heads.length; h++) {
      const head = heads[h];
      if (head === undefined) continue;
      const next = heads[h + 1];
      const end = next !== undefined ? next.span.first - 1 : paragraphs.length - 1;
      const body = bodyParagraphs(table.paragraphs, head.bodyStart, end);
      if (body.length < DEFAULT_DECODER.minStretch) continue;
      const counts = body.map((p) => habitCounts(table.text(p)));
      const styles = body.map((p) => styleCounts(table.text(p)));
      const nouns = body.map((p) => phrasesOf(table.text(p)));
      const context = new LeftContext(table);
      context.reset(body);
      let storyStart = 0;
      for (let g = 1; g < body.length; g++) {
        const y = starts.has(paragraphs[body[g] as number]?.startLine ?? 0) ? 1 : 0;
        if (g - storyStart >= DEEP) {
          const score = calibrated(
            decoderGapModel(context),
            decoderGapScore(context, table, body, g, Number.NEGATIVE_INFINITY, storyStart),
          );
          const left = sum(counts, Math.max(storyStart, g - LEFT), g);
          const right = sum(counts, g, Math.min(body.length, g + RIGHT));
          const lede = sum(counts, g, g + 1);
          const each = HABITS.map((_, i) => (clash(left, right, i, 1) ? 1 : 0));
          const strong = HABITS.some((_, i) => clash(left, right, i, 2)) ? 1 : 0;
          const ledeClash = HABITS.some((_, i) => clash(left, lede, i, 1)) ? 1 : 0;
          const n = each.reduce((a: number, b) => a + b, 0);
          const from = Math.max(storyStart, g - LEFT);
          const to = Math.min(body.length, g + RIGHT);
          const shift = styleShift(sum(styles, from, g), sum(styles, g, to), g - from, to - g);
          const wl = sum(styles, from, g);
          const wr = sum(styles, g, to);
          const signed =
            Math.max(
              -1,
              Math.min(
                1,
                Math.log(((wr[0] ?? 0) / (to - g) + 1) / ((wl[0] ?? 0) / (g - from) + 1)),
              ),
            ) /
              2 +
            0.5;
          const spp = absLogRatio((wl[1] ?? 0) / (g - from), (wr[1] ?? 0) / (to - g));
          const med = (from2: number, to2: number, i: number) => {
            const xs: number[] = [];
            for (let k = from2; k < to2; k++) xs.push((styles[k] as number[])[i] ?? 0);
            xs.sort((a, b) => a - b);
            return xs.length === 0 ? 0 : (xs[xs.length >> 1] as number);
          };
          const medianShift = absLogRatio(med(from, g, 0) + 5, med(g, to, 0) + 5);
          const after = Math.min(body.length, g + 1 + RIGHT);
          const medianAfter =
            g + 1 < after ? absLogRatio(med(from, g, 0) + 5, med(g + 1, after, 0) + 5) : 0;
          const medianSentAfter =
            g + 1 < after ? absLogRatio(med(from, g, 1) + 0.5, med(g + 1, after, 1) + 0.5) : 0;
          const before2 = Math.max(storyStart, g - 4);
          const medianAfter2 =
            g + 1 < after
              ? absLogRatio(
                  med(before2, g - 1 > before2 ? g - 1 : g, 0) + 5,
                  med(g + 1, after, 0) + 5,
                )
              : 0;
          const seen = new Set<string>();
          for (let k = from; k < g; k++) for (const w of (nouns[k] as Phrases).words) seen.add(w);
          let dNew = 0;
          let dGiven = 0;
          let iGiven = 0;
          let ledeNew = 0;
          for (let k = g; k < to; k++) {
            const ph = nouns[k] as Phrases;
            for (const w of ph.definite) {
              if (seen.has(w)) dGiven++;
              else {
                dNew++;
                if (k === g) ledeNew++;
              }
            }
            for (const w of ph.indefinite) if (seen.has(w)) iGiven++;
          }
          const definite = [
            Math.min(dNew, 6) / 6,
            Math.min(dGiven, 6) / 6,
            dNew + dGiven > 0 ? dNew / (dNew + dGiven) : 0.5,
            Math.min(iGiven, 3) / 3,
            Math.min(ledeNew, 3) / 3,
          ];
          rows.push({
            score,
            y,
            f: [
              ...each,
              n > 0 ? 1 : 0,
              strong,
              Math.min(n, 3) / 3,
              ledeClash,
              ...shift,
              signed,
              spp,
              medianShift,
              medianAfter,
              medianSentAfter,
              medianAfter2,
              ...definite,
            ],
          });
        }
        if (y === 1) storyStart = g;
      }
    }
  }
  console.log(`fold ${fold} (${layout}): gaps ${DEEP}+ paragraphs into decoded true stories`);
  printCuesBesideDecoder(rows, names);
}

main();
