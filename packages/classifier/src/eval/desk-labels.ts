import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../mulberry32.js";

/** One article of the desk-labelled slice: the beat a desk would file it under, and a second it might. */
export interface DeskLabel {
  id: string;
  beat: string;
  /** A beat a desk could equally have filed it under; absent when only one fits. */
  also?: string;
}

/** The seed the slice is drawn with; changing it draws another slice and voids the labels. */
export const DESK_SLICE_SEED = 14;

export const DEFAULT_DESK_LABELS = fileURLToPath(
  new URL("../../data/desk-labels.json", import.meta.url),
);

/** The second, blind pass over part of the slice, for how far two labellers agree. */
export const DEFAULT_SECOND_DESK_LABELS = fileURLToPath(
  new URL("../../data/desk-labels-second.json", import.meta.url),
);

/**
 * The first `count` ids of a seeded shuffle of the ids, sorted first so that the corpus's line
 * order does not matter. Any prefix of a longer draw is the shorter draw, so a slice can grow.
 */
export function drawSlice(ids: readonly string[], count: number, seed = DESK_SLICE_SEED): string[] {
  const pool = [...new Set(ids)].sort();
  const random = mulberry32(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, n);
}

/** The seed the second, agreement pass is drawn from the slice with; changing it voids that pass. */
export const SECOND_PASS_SEED = 1414;

/** How many of the slice the second pass labels again. */
export const SECOND_PASS_COUNT = 100;

/** The slice's ids (drawn from the held-out pool) and the second pass's draw from them. */
export function drawSecondPass(
  pool: readonly string[],
  sliceSize: number,
  count = SECOND_PASS_COUNT,
): string[] {
  return drawSlice(drawSlice(pool, sliceSize), count, SECOND_PASS_SEED);
}

/** Reads the labels file's `labels`, checking each has an id and a beat; undefined when absent. */
export function loadDeskLabels(path = DEFAULT_DESK_LABELS): DeskLabel[] | undefined {
  if (!existsSync(path)) return undefined;
  return parseDeskLabels(JSON.parse(readFileSync(path, "utf8")), path);
}

export function parseDeskLabels(data: unknown, where: string): DeskLabel[] {
  const labels = (data as { labels?: unknown }).labels;
  if (!Array.isArray(labels)) throw new Error(`${where}: expected {"labels": [...]}`);
  return labels.map((l: Partial<DeskLabel>, i) => {
    if (typeof l.id !== "string" || typeof l.beat !== "string") {
      throw new Error(`${where}: label ${i} needs a string "id" and "beat"`);
    }
    if (l.also !== undefined && typeof l.also !== "string") {
      throw new Error(`${where}: label ${i} (id ${l.id}): "also" must be a beat id or left out`);
    }
    return l.also ? { id: l.id, beat: l.beat, also: l.also } : { id: l.id, beat: l.beat };
  });
}

/** One labelled article scored: the corpus's beat for it and the classifier's primary beat. */
export interface SliceRow {
  desk: DeskLabel;
  corpusBeat: string;
  predicted: string;
}

/** A count out of the slice. */
export interface Share {
  right: number;
  total: number;
}

/** A share as the eval prints it: " 72.0%  (216/300)". */
export function formatShare(s: Share): string {
  const percent = s.total ? ((100 * s.right) / s.total).toFixed(1).padStart(5) : "  -  ";
  return `${percent}%  (${s.right}/${s.total})`;
}

/** The three comparisons on the slice, so the label noise and the classifier can be told apart. */
export interface DeskSliceFigures {
  /** Classifier's primary beat equals the desk's beat. */
  classifierVsDesk: Share;
  /** Classifier's primary beat is the desk's beat or its acceptable second. */
  classifierVsDeskOrAlso: Share;
  /** Corpus beat equals the desk's beat. */
  corpusVsDesk: Share;
  /** Corpus beat is the desk's beat or its acceptable second. */
  corpusVsDeskOrAlso: Share;
  /** Classifier's primary beat equals the corpus beat (the usual eval, on this slice). */
  classifierVsCorpus: Share;
}

export function deskSliceFigures(rows: readonly SliceRow[]): DeskSliceFigures {
  const share = (ok: (r: SliceRow) => boolean): Share => ({
    right: rows.filter(ok).length,
    total: rows.length,
  });
  const deskOrAlso = (r: SliceRow, beat: string) => beat === r.desk.beat || beat === r.desk.also;
  return {
    classifierVsDesk: share((r) => r.predicted === r.desk.beat),
    classifierVsDeskOrAlso: share((r) => deskOrAlso(r, r.predicted)),
    corpusVsDesk: share((r) => r.corpusBeat === r.desk.beat),
    corpusVsDeskOrAlso: share((r) => deskOrAlso(r, r.corpusBeat)),
    classifierVsCorpus: share((r) => r.predicted === r.corpusBeat),
  };
}
