/**
 * A dump's level for the joins of a story's pieces (split-halves.ts, false-start-joins.ts): the
 * highest whole-piece cohesion across its explicit starts, with the second highest and the line
 * of the highest's start, so that a start the level counts can be judged without its own
 * contribution (`levelWithout`). Lines, not paragraph indexes: a large dump's pieces number their
 * paragraphs from their own first line, and the level is read once for the whole dump.
 */
export interface DumpLevel {
  highest: number;
  second: number;
  /** The dump's line where the start with the highest cohesion begins; -1 with none. */
  highestLine: number;
  /**
   * The highest cohesion across the same starts with the dump's beat weighed down
   * (`dumpBeatWeights`), for the join by the beat (beat-join.ts); absent with no level. Read
   * when first asked, then kept: it reads every paragraph's terms, and most dumps hold no start
   * that join could drop.
   */
  beat?: () => number;
  /**
   * Every explicit start's cohesion, and at the same index the dump's line where its start
   * begins, for the median of the others (`medianWithout`); absent with no level. Two plain
   * number arrays, not a record a start: the level is read for every dump, the median only where
   * a candidate subhead is found (docs/tried.md, "False starts").
   */
  cohesions?: readonly number[];
  lines?: readonly number[];
  /**
   * The median length, in paragraphs, of the dump's found articles (before the joins), for the
   * start veto (start-veto.ts); absent with no level. Read with the rest of the level, once for
   * the whole dump, so that a large dump's pieces judge their starts alike.
   */
  medianLength?: number;
}

/** A dump with no explicit start past its first: nothing is joined. */
export const NO_LEVEL: DumpLevel = {
  highest: Number.NEGATIVE_INFINITY,
  second: Number.NEGATIVE_INFINITY,
  highestLine: -1,
};

/** `level` counting one more start, at `line`, whose pieces hold together by `cohesion`. */
export function withCohesion(level: DumpLevel, cohesion: number, line: number): DumpLevel {
  if (cohesion > level.highest)
    return { highest: cohesion, second: level.highest, highestLine: line };
  return { ...level, second: Math.max(level.second, cohesion) };
}

/** The level of the dump's other explicit starts than the one at `line`. */
export function levelWithout(level: DumpLevel, line: number): number {
  return line === level.highestLine ? level.second : level.highest;
}

/**
 * The median cohesion of the dump's explicit starts other than the one at `line`, or -Infinity
 * with fewer than `least` of them. Where a story's several subheads were each taken as a start,
 * they raise the highest for one another; most of a dump's starts are true ones, so the median
 * stays where two of its stories stand.
 */
export function medianWithout(level: DumpLevel, line: number, least: number): number {
  const cohesions = level.cohesions ?? [];
  const lines = level.lines ?? [];
  const order = cohesions.length === 0 ? null : sortedOrder(cohesions, lines);
  if (order === null || order.lines !== lines)
    return slowMedianWithout(cohesions, lines, line, least);
  // The others in the order their own sort would put them: the whole sort, stable, with the
  // start's own cohesion left out, so the median is the same number to the last bit.
  const own = order.rankOfLine.get(line) ?? -1;
  const count = own < 0 ? cohesions.length : cohesions.length - 1;
  if (count < least) return Number.NEGATIVE_INFINITY;
  if (count === 0) return Number.NaN;
  const sorted = order.sorted;
  const other = (i: number) => sorted[own < 0 || i < own ? i : i + 1] as number;
  const m = count >> 1;
  return count % 2 === 1 ? other(m) : (other(m - 1) + other(m)) / 2;
}

/** A level's cohesions sorted (stably) once, and where each start's own stands among them. */
interface SortedOrder {
  lines: readonly number[];
  sorted: Float64Array;
  rankOfLine: Map<number, number>;
}

// Each level's sorted cohesions, or null where the sort of the others could differ from the
// whole sort with one left out (a NaN, or two starts on one line): those take the slow path.
const sortedOrders = new WeakMap<readonly number[], SortedOrder | null>();

/**
 * The veto asks the median for every start it judges: sorting the others each time cost a sort
 * of the dump's explicit starts a start (docs/tried.md, "Thirty-first speed pass").
 */
function sortedOrder(cohesions: readonly number[], lines: readonly number[]): SortedOrder | null {
  let order = sortedOrders.get(cohesions);
  if (order !== undefined) return order;
  order = null;
  const rankOfLine = new Map<number, number>();
  let usable = cohesions.length === lines.length;
  for (let k = 0; k < cohesions.length && usable; k++) {
    if (Number.isNaN(cohesions[k]) || rankOfLine.has(lines[k] as number)) usable = false;
    else rankOfLine.set(lines[k] as number, -1);
  }
  if (usable) {
    const at = Array.from(cohesions, (_, k) => k);
    // Array.prototype.sort is stable: starts of equal cohesion keep their order, as in the others'.
    at.sort((a, b) => (cohesions[a] as number) - (cohesions[b] as number));
    const sorted = new Float64Array(at.length);
    for (let r = 0; r < at.length; r++) {
      const k = at[r] as number;
      sorted[r] = cohesions[k] as number;
      rankOfLine.set(lines[k] as number, r);
    }
    order = { lines, sorted, rankOfLine };
  }
  sortedOrders.set(cohesions, order);
  return order;
}

function slowMedianWithout(
  cohesions: readonly number[],
  lines: readonly number[],
  line: number,
  least: number,
): number {
  const others: number[] = [];
  for (let k = 0; k < cohesions.length; k++)
    if (lines[k] !== line) others.push(cohesions[k] as number);
  if (others.length < least) return Number.NEGATIVE_INFINITY;
  return medianInPlace(others);
}

/** The median of `values` (sorted in place), NaN when there are none. */
export function medianInPlace(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  values.sort((a, b) => a - b);
  const m = values.length >> 1;
  return values.length % 2 === 1
    ? (values[m] as number)
    : ((values[m - 1] as number) + (values[m] as number)) / 2;
}
