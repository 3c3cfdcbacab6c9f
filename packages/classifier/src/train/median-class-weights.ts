/**
 * Each beat's weight, (median beat size / its size) ^ power capped at maxWeight, so rare beats
 * are not drowned; a beat with no rows weighs 1.
 */
export function medianClassWeights(size: number[], power: number, maxWeight: number): number[] {
  const sorted = size.filter((n) => n > 0).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
  return size.map((n) => (n > 0 ? Math.min(maxWeight, (median / n) ** power) : 1));
}
