import {
  type CueRow,
  cueDumps,
  cueToolInput,
  deepDecodedGaps,
  printCuesBesideDecoder,
} from "./cues-beside-decoder.js";
import { cosineDistance } from "./function-word-style.js";
import { fitDense } from "./logistic.js";
import { offsetLogLoss } from "./offset-loss.js";
import {
  dominantGender,
  openingReference,
  PRONOUN_GROUPS,
  pronounCounts,
} from "./pronoun-reference.js";

const DEEP = 3;
const LEFT = 8;
const RIGHT = 3;
const ALL_GROUPS = PRONOUN_GROUPS.map((_, i) => i);
const PERSON_GROUPS = [0, 1, 2];
// The cues fitted together beside the log-odds, as a bonus the decoder might add would weigh them.
const JOINT = ["nameFirst", "ledePronounRate", "personShiftBoth"];

function summed(counts: readonly Float64Array[], from: number, to: number): Float64Array {
  const out = new Float64Array(PRONOUN_GROUPS.length + 1);
  for (let k = from; k < to; k++) {
    const c = counts[k] as Float64Array;
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (c[i] as number);
  }
  return out;
}

/**
 * `node dist-tools/corpus/pronoun-cues.js [fold] [layout]` (after `npm run tools`): how the
 * would-be lede refers to people, and how the pronouns move across the gap, at the gaps DEEP+
 * paragraphs into decoded true stories of one fold's whole-article dumps (one a line unless
 * told). The lede's first sentence (pronoun-reference.ts): opens on a third-person pronoun, leans
 * on a pronoun for people before naming anyone (or names no one), names someone first (a full
 * name first), points back with a demonstrative; the lede's rate of pronouns for people. Across
 * the gap (the story above LEFT paragraphs back, none before its true start, against RIGHT
 * paragraphs from the lede): the cosine distance of the pronoun profiles (all groups, the third
 * person's he / she / they only, the latter where both sides use three or more); the story
 * above's dominant he or she turning to the other; the lede's leading pronoun for people one the
 * story above used (carries on) or never used (no antecedent above); the pronouns' distance where
 * the lede names someone first, and the third person's where it leans on no pronoun. Counts by the decoder's
 * log-odds (the band under -2 holds the starts the decoder misses), AUC, and each cue's weight
 * beside the log-odds (offset) with the log loss saved. Counts only.
 */
function main(): void {
  const input = cueToolInput("pronoun cues");
  if (input === null) return;
  const { fold, layout, articles } = input;
  const names = [
    "opensOnPronoun",
    "pronounBeforeName",
    "pronounNoName",
    "nameFirst",
    "fullNameFirst",
    "demonstrative",
    "ledePronounRate",
    "pronounShift",
    "personShift",
    "personShiftBoth",
    "genderFlip",
    "leadingCarries",
    "leadingUnmet",
    "shiftNamedFirst",
    "personShiftNoLean",
  ];
  const rows: CueRow[] = [];
  for (const { paragraphs, table, heads, starts } of cueDumps(articles, layout)) {
    let counts: Float64Array[] = [];
    let countedBody: readonly number[] | null = null;
    for (const { body, g, score, y } of deepDecodedGaps(paragraphs, table, heads, starts, DEEP)) {
      if (body !== countedBody) {
        counts = body.map((p) => pronounCounts(table.text(p)));
        countedBody = body;
      }
      // The story above's window ends at its true start (the gaps are DEEP+ into it).
      let from = g - 1;
      while (from > 0 && g - from < LEFT) {
        if (starts.has(paragraphs[body[from] as number]?.startLine ?? 0)) break;
        from--;
      }
      const left = summed(counts, from, g);
      const right = summed(counts, g, Math.min(body.length, g + RIGHT));
      const ledeCounts = counts[g] as Float64Array;
      const lede = openingReference(table.text(body[g] as number));
      const personUses = (c: Float64Array) =>
        PERSON_GROUPS.reduce((a, i) => a + (c[i] as number), 0);
      const ledeWords = ledeCounts[PRONOUN_GROUPS.length] as number;
      const rate = ledeWords > 0 ? Math.min(1, (10 * personUses(ledeCounts)) / ledeWords) : 0;
      const personShift = cosineDistance(left, right, PERSON_GROUPS);
      const both = personUses(left) >= 3 && personUses(right) >= 3 ? personShift : 0;
      const above = dominantGender(left, 3);
      const below = dominantGender(right, 2);
      const flip = above >= 0 && below >= 0 && above !== below ? 1 : 0;
      const leading = lede.leadingGroup;
      const carries = leading >= 0 && (left[leading] as number) > 0 ? 1 : 0;
      const unmet = leading >= 0 && (left[leading] as number) === 0 ? 1 : 0;
      const shift = cosineDistance(left, right, ALL_GROUPS);
      rows.push({
        score,
        y,
        f: [
          lede.opensOnPronoun ? 1 : 0,
          lede.pronounBeforeName ? 1 : 0,
          lede.pronounNoName ? 1 : 0,
          lede.nameFirst ? 1 : 0,
          lede.fullNameFirst ? 1 : 0,
          lede.demonstrative ? 1 : 0,
          rate,
          shift,
          personShift,
          both,
          flip,
          carries,
          unmet,
          lede.nameFirst ? shift : 0,
          lede.pronounBeforeName ? 0 : personShift,
        ],
      });
    }
  }
  console.log(`fold ${fold} (${layout}): gaps ${DEEP}+ paragraphs into decoded true stories`);
  console.log(`gaps ${rows.length}, starts ${rows.filter((r) => r.y === 1).length}`);
  printCuesBesideDecoder(rows, names);
  printJointFit(rows, names);
}

/** The JOINT cues' weights fitted together beside the log-odds (offset), and the nats they save. */
function printJointFit(rows: readonly CueRow[], names: readonly string[]): void {
  const columns = JOINT.map((name) => names.indexOf(name));
  const xs = rows.map((r) => Float64Array.from(columns, (i) => r.f[i] as number));
  const ys = rows.map((r) => r.y);
  const offsets = rows.map((r) => r.score);
  const empty = rows.map(() => new Float64Array(0));
  const alone = fitDense(empty, ys, { offsets, l2: 0.1 });
  const base = offsetLogLoss(rows, alone, empty);
  const w = fitDense(xs, ys, { offsets, l2: 0.1 });
  const weights = JOINT.map((name, d) => `${name} ${(w[d + 1] as number).toFixed(2)}`).join(", ");
  console.log(
    `together: intercept ${(w[0] as number).toFixed(2)}, ${weights}; loss ${offsetLogLoss(rows, w, xs).toFixed(1)} (base ${base.toFixed(1)}, its intercept ${(alone[0] as number).toFixed(2)})`,
  );
}

main();
