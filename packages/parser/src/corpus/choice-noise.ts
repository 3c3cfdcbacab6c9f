import { seededRandom } from "../test-support/compose-dump.js";
import { type BoundaryCounts, boundaryF1 } from "./dump-boundaries.js";
import { smoothedScores } from "./stable-choice.js";

// Bootstrap resamples: the standard deviation they estimate is within about 5% of itself.
const RESAMPLES = 200;

/**
 * How much each grid point's smoothed F1 falls short of the best point's by the chance of which
 * dumps were composed: the standard deviation, over bootstrap resamples of the dumps, of the
 * best point's smoothed F1 less this point's (0 for the best itself). Every point was measured
 * on the same dumps, so each resample is drawn once and summed for every point (a paired
 * bootstrap): what two neighbouring settings decide alike cancels, and what is left is the
 * noise of the few boundaries they decide differently.
 *
 * `perPoint[i][d]` holds grid point i's counts on dump d. Dumps of one `group` (the same
 * articles pasted in each layout) are drawn together, as they are not independent. The
 * generator is seeded, so a retrain on the same dumps finds the same noise.
 */
export function shortfallNoise(
  perPoint: readonly (readonly BoundaryCounts[])[],
  radius: number,
  group: (dump: number) => number,
  seed = 1,
): number[] {
  const points = perPoint.length;
  const dumps = perPoint[0]?.length ?? 0;
  const members = new Map<number, number[]>();
  for (let d = 0; d < dumps; d++) {
    const g = group(d);
    const list = members.get(g) ?? [];
    list.push(d);
    members.set(g, list);
  }
  const groups = [...members.values()];
  const scoresOf = (counts: readonly (readonly BoundaryCounts[])[]): number[] =>
    smoothedScores(
      counts.map((c, i) => ({ value: i, score: boundaryF1(c).f1 })),
      radius,
    );
  const full = scoresOf(perPoint);
  const top = full.indexOf(Math.max(...full));
  const random = seededRandom(seed);
  const sum: number[] = new Array(points).fill(0);
  const squares: number[] = new Array(points).fill(0);
  for (let r = 0; r < RESAMPLES; r++) {
    const drawn: number[] = [];
    for (let i = 0; i < groups.length; i++)
      drawn.push(...(groups[Math.floor(random() * groups.length)] as number[]));
    const scores = scoresOf(
      perPoint.map((counts) => drawn.map((d) => counts[d] as BoundaryCounts)),
    );
    for (let i = 0; i < points; i++) {
      const shortfall = (scores[top] as number) - (scores[i] as number);
      sum[i] = (sum[i] as number) + shortfall;
      squares[i] = (squares[i] as number) + shortfall * shortfall;
    }
  }
  return sum.map((s, i) => {
    const mean = s / RESAMPLES;
    return Math.sqrt(Math.max(0, (squares[i] as number) / RESAMPLES - mean * mean));
  });
}
