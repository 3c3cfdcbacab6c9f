import { auc } from "./auc.js";

/** One gap of a long found article, as `cast-halves.ts` measures it. */
export interface CastGap {
  /** The dump it lies in (one outlet's stories), counted from 1. */
  dump: number;
  /** The found article's first paragraph and length, and the paragraphs above and below the gap. */
  span: number;
  length: number;
  above: number;
  below: number;
  /** A true start; within two paragraphs of a missed one; the article holds a missed one. */
  isTrue: boolean;
  near: boolean;
  holds: boolean;
  /** `pieceCohesion` (names and stems) and the cosine of the capitalized words alone. */
  words: number;
  /** The same pieces' cosine with the dump's beat words discounted (`beat-weights.ts`). */
  beat: number;
  keys: number;
  /** Surnames either piece names, and those both name; the same for names in two paragraphs. */
  castUp: number;
  castDown: number;
  castShared: number;
  mainUp: number;
  mainDown: number;
  mainShared: number;
  /** The piece above's protagonists the piece below never names, and the reverse. */
  upGone: number;
  downNew: number;
  lede: number;
  ending: number;
}

/** Shared over the smaller cast; 1 (nothing to tell) where either piece names none. */
function overlap(shared: number, a: number, b: number): number {
  return Math.min(a, b) > 0 ? shared / Math.min(a, b) : 1;
}

const MEASURES: [string, (g: CastGap) => number][] = [
  ["words (low at a start)", (g) => -g.words],
  ["beat discounted (low)", (g) => -g.beat],
  ["keys (low)", (g) => -g.keys],
  ["cast overlap (low)", (g) => -overlap(g.castShared, g.castUp, g.castDown)],
  ["protagonists' overlap (low)", (g) => -overlap(g.mainShared, g.mainUp, g.mainDown)],
  ["protagonists gone and new (high)", (g) => g.upGone + g.downNew],
  ["lede-likeness below (high)", (g) => g.lede],
  ["ending-likeness above (high)", (g) => g.ending],
];

/**
 * The screen: each measure's AUC at true starts against the other gaps (all, and where the
 * pieces' words hold together at 0.07 or more: the same-beat family), then the parting at each
 * article's weakest gap by words where the two pieces each have their own protagonists (both
 * name `need` or more in two paragraphs, none shared), by article length and a words bar.
 */
export function printCastScreen(gaps: readonly CastGap[]): void {
  const sameBeat = gaps.filter((g) => g.words >= 0.07);
  for (const [name, measure] of MEASURES) {
    const all = auc(
      gaps.map(measure),
      gaps.map((g) => (g.isTrue ? 1 : 0)),
    );
    const family = auc(
      sameBeat.map(measure),
      sameBeat.map((g) => (g.isTrue ? 1 : 0)),
    );
    console.log(`  AUC ${name}: ${all.toFixed(3)}; words 0.07+ ${family.toFixed(3)}`);
  }
  const weakest = new Map<string, CastGap>();
  for (const g of gaps) {
    const key = `${g.dump}/${g.span}`;
    const kept = weakest.get(key);
    if (kept === undefined || g.words < kept.words) weakest.set(key, g);
  }
  console.log(
    `== parting at the weakest gap where each piece has its own protagonists (${weakest.size} articles)`,
  );
  for (const least of [16, 24, 32])
    for (const need of [1, 2])
      for (const bar of [0.1, 0.15, 0.2]) {
        const fired = [...weakest.values()].filter(
          (g) =>
            g.length >= least &&
            g.words < bar &&
            g.mainShared === 0 &&
            g.mainUp >= need &&
            g.mainDown >= need,
        );
        const near = fired.filter((g) => g.near).length;
        console.log(
          `  ${least}+ paragraphs, ${need}+ each, words < ${bar}: ${fired.length} parted, ${fired.filter((g) => g.isTrue).length} at a true start, ${near} near a missed one, ${fired.length - near} near none`,
        );
      }
}
