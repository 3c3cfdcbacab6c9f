/**
 * Per feature, a factor on the L2 penalty from the number of outlets that use it: (median
 * outlets per feature / its outlets) ^ power, so a word of few newsrooms must earn its weight
 * against more shrinkage than a word every newsroom writes. Power 0: every factor 1.
 */
export function outletL2Scale(outlets: ArrayLike<number>, power: number): Float64Array {
  const scale = new Float64Array(outlets.length).fill(1);
  if (power === 0 || outlets.length === 0) return scale;
  const sorted = Float64Array.from(outlets).sort();
  const median = Math.max(1, sorted[Math.floor(sorted.length / 2)] ?? 1);
  for (let f = 0; f < outlets.length; f++)
    scale[f] = (median / Math.max(1, outlets[f] ?? 1)) ** power;
  return scale;
}
