import type { DeskLabel, Share } from "./desk-labels.js";

/** How far two blind labelling passes over the same articles agree. */
export interface PassAgreement {
  /** Both passes gave the same primary beat. */
  primaryExact: Share;
  /** The first pass's primary beat is the second's beat or its acceptable second. */
  firstInSecondPair: Share;
  /** The second pass's primary beat is the first's beat or its acceptable second. */
  secondInFirstPair: Share;
  /**
   * Cohen's kappa on the primary beats: agreement beyond what each pass's beat shares give by
   * chance.
   */
  kappa: number;
}

/** Raised when a second pass names an article the first pass did not label. */
export class UnpairedLabelError extends Error {
  override name = "UnpairedLabelError";
}

/**
 * Compares two passes over the same articles: the primary beats exactly, each primary beat
 * within the other pass's pair, and Cohen's kappa. Every article of `second` must be in `first`.
 */
export function passAgreement(
  first: readonly DeskLabel[],
  second: readonly DeskLabel[],
  where: string,
): PassAgreement {
  const firstById = new Map(first.map((l) => [l.id, l]));
  const pairs = second.map((b, i) => {
    const a = firstById.get(b.id);
    if (!a) {
      throw new UnpairedLabelError(
        `${where}: label ${i} (id ${b.id}) is not in the first pass; label only what \`npm run desk-slice -- --second\` prints`,
      );
    }
    return [a, b] as const;
  });
  const share = (ok: (a: DeskLabel, b: DeskLabel) => boolean): Share => ({
    right: pairs.filter(([a, b]) => ok(a, b)).length,
    total: pairs.length,
  });
  const inPair = (beat: string, l: DeskLabel) => beat === l.beat || beat === l.also;
  return {
    primaryExact: share((a, b) => a.beat === b.beat),
    firstInSecondPair: share((a, b) => inPair(a.beat, b)),
    secondInFirstPair: share((a, b) => inPair(b.beat, a)),
    kappa: cohensKappa(pairs.map(([a, b]) => [a.beat, b.beat])),
  };
}

/** Cohen's kappa of paired categorical ratings: (observed - chance) / (1 - chance). */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  const firstCounts = new Map<string, number>();
  const secondCounts = new Map<string, number>();
  let same = 0;
  for (const [a, b] of pairs) {
    firstCounts.set(a, (firstCounts.get(a) ?? 0) + 1);
    secondCounts.set(b, (secondCounts.get(b) ?? 0) + 1);
    if (a === b) same++;
  }
  let chance = 0;
  for (const [beat, count] of firstCounts)
    chance += (count / n) * ((secondCounts.get(beat) ?? 0) / n);
  // Both passes gave one and the same beat throughout: agreement is total, not undefined.
  if (chance === 1) return 1;
  return (same / n - chance) / (1 - chance);
}
