import { shortfallNoise } from "./choice-noise.js";
import { type BoundaryCounts, boundaryF1 } from "./dump-boundaries.js";
import { type GridPoint, smoothedScores, stableChoice } from "./stable-choice.js";

// Neighbours on each side a grid point's F1 is averaged with (stable-choice.ts).
const RADIUS = 1;

/** The values from `from` to `to` in steps of a quarter. */
export function grid(from: number, to: number): number[] {
  const values: number[] = [];
  for (let v = from; v <= to + 1e-9; v += 0.25) values.push(Math.round(v * 100) / 100);
  return values;
}

/**
 * The value chosen by its smoothed boundary F1 (stable-choice.ts), a near-tie to `prefer` within
 * the noise of the dumps (choice-noise.ts), each printed with its figures. `group` says which
 * dumps hold the same articles (drawn together when the noise is measured); `where` names the
 * `train-*.ts` whose grid to widen when the choice falls on its end.
 */
export function bestOnGrid(
  what: string,
  values: readonly number[],
  prefer: number,
  group: (dump: number) => number,
  measure: (value: number) => BoundaryCounts[],
  where: string,
): number {
  const counts = values.map(measure);
  const points: GridPoint[] = values.map((value, i) => ({
    value,
    score: boundaryF1(counts[i] as BoundaryCounts[]).f1,
  }));
  const noise = shortfallNoise(counts, RADIUS, group);
  const smoothed = smoothedScores(points, RADIUS);
  points.forEach(({ value, score }, i) => {
    const { precision: p, recall: r } = boundaryF1(counts[i] as BoundaryCounts[]);
    console.log(
      `${what} ${value}: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${score.toFixed(4)}, smoothed ${(smoothed[i] as number).toFixed(4)} +- ${(noise[i] as number).toFixed(4)}`,
    );
  });
  const chosen = stableChoice(points, { prefer, radius: RADIUS, noise });
  const plainBest = points.reduce((a, b) => (b.score > a.score ? b : a));
  console.log(`chosen ${what} ${chosen} (the plain best F1 is at ${plainBest.value})`);
  if (chosen === values[0] || chosen === values.at(-1))
    console.log(`${what} ${chosen} is at the end of the grid: widen its grid in ${where}`);
  return chosen;
}
