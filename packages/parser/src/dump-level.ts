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
