import type { DeskLabel } from "./desk-labels.js";

/**
 * What a desk label may name: the taxonomy's beats and the held-out articles the slice draws
 * from.
 */
export interface DeskLabelUniverse {
  /** Top-level beat ids: the eval compares primary beats, so a sub-beat would never match. */
  topLevelBeats: ReadonlySet<string>;
  /** Sub-beat id -> its parent, so a sub-beat's message can name the beat to use instead. */
  parentOf: ReadonlyMap<string, string>;
  /** Ids of held-out-outlet articles with a corpus beat (the pool `npm run desk-slice` draws). */
  heldOutIds: ReadonlySet<string>;
}

/** The universe of the eval: the taxonomy's beats and the held-out articles' corpus beats. */
export function deskLabelUniverse(
  beats: readonly { id: string; parent?: string }[],
  heldOutIds: Iterable<string>,
): DeskLabelUniverse {
  return {
    topLevelBeats: new Set(beats.filter((b) => !b.parent).map((b) => b.id)),
    parentOf: new Map(beats.flatMap((b) => (b.parent ? [[b.id, b.parent] as const] : []))),
    heldOutIds: new Set(heldOutIds),
  };
}

/** Raised when a desk-labels file names a beat or an article the eval cannot use. */
export class DeskLabelError extends Error {
  override name = "DeskLabelError";
}

/**
 * Checks every label against the taxonomy and the held-out slice and throws one error listing
 * each bad entry (its index and id) with what to do: a typo in a beat id or an id from another
 * split would otherwise drop out of the figures silently or count as a disagreement.
 */
export function checkDeskLabels(
  labels: readonly DeskLabel[],
  universe: DeskLabelUniverse,
  where: string,
): void {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const beatProblem = (field: "beat" | "also", beat: string) => {
    if (universe.topLevelBeats.has(beat)) return undefined;
    const parent = universe.parentOf.get(beat);
    return parent
      ? `"${field}": "${beat}" is a sub-beat; write its top-level beat "${parent}"`
      : `"${field}": "${beat}" is no beat of taxonomy.json; write one of its top-level beat ids`;
  };
  labels.forEach((label, i) => {
    const entry = `label ${i} (id ${label.id})`;
    const add = (what: string | undefined) => {
      if (what) problems.push(`${entry}: ${what}`);
    };
    add(beatProblem("beat", label.beat));
    if (label.also !== undefined) {
      add(beatProblem("also", label.also));
      if (label.also === label.beat) add(`"also" repeats "beat"; drop it or name another beat`);
    }
    if (!universe.heldOutIds.has(label.id)) {
      add(
        "no held-out article with a corpus beat has this id; label only what `npm run desk-slice` prints (or remove the entry)",
      );
    }
    const first = seen.get(label.id);
    if (first !== undefined) add(`the same id as label ${first}; keep one of them`);
    else seen.set(label.id, i);
  });
  if (problems.length > 0) {
    throw new DeskLabelError(
      `${where}: ${problems.length} of ${labels.length} desk labels cannot be used:\n  ${problems.join("\n  ")}`,
    );
  }
}
