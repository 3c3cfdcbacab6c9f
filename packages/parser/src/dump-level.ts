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
