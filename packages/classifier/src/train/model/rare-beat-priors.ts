/**
 * Each beat's lexicon prior: `rarePrior` for the beats under `rareShare` of the training articles
 * (sport, arts, science...: the corpus has few, the lexicon knows them), `prior` for the rest;
 * a `rarePrior` of 0 leaves every beat at `prior`.
 */
export function rareBeatPriors(
  size: number[],
  articles: number,
  o: { prior: number; rarePrior: number; rareShare: number },
): { priorOf: number[]; rare: boolean[] } {
  const rare = size.map((n) => n < o.rareShare * articles);
  const priorOf = rare.map((r) => (o.rarePrior > 0 && r ? o.rarePrior : o.prior));
  return { priorOf, rare };
}
