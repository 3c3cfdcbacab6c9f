/**
 * Per-row factors that make each group's total weight grow as its size ^ `power` instead of its
 * size (1 leaves rows as they are; 0.5 lets a group of 400 rows weigh as 20 groups of 1), while
 * every `partition`'s total stays what it was, so class balance and the fit's step sizes keep
 * their meaning. Rows without a group keep factor 1 and are left out of the totals.
 */
export function balanceWeights(
  groups: readonly (string | null)[],
  partitions: readonly number[],
  power: number,
): Float64Array {
  const factor = new Float64Array(groups.length).fill(1);
  if (power === 1) return factor;
  const size = new Map<string, number>();
  for (const g of groups) if (g !== null) size.set(g, (size.get(g) ?? 0) + 1);
  const before = new Map<number, number>();
  const after = new Map<number, number>();
  groups.forEach((g, i) => {
    if (g === null) return;
    const n = size.get(g) ?? 1;
    const p = partitions[i] ?? 0;
    factor[i] = n ** power / n;
    before.set(p, (before.get(p) ?? 0) + 1);
    after.set(p, (after.get(p) ?? 0) + (factor[i] ?? 1));
  });
  groups.forEach((g, i) => {
    if (g === null) return;
    const p = partitions[i] ?? 0;
    factor[i] = ((factor[i] ?? 1) * (before.get(p) ?? 1)) / (after.get(p) ?? 1);
  });
  return factor;
}
