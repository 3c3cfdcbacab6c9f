import type { Frequency } from "./types.js";

const HOUR_MS = 3_600_000;

/** The period an edition covers, ending at `now`: 24 hours for daily, 7 days for weekly. */
export function editionPeriod(frequency: Frequency, now: Date): { start: Date; end: Date } {
  const hours = frequency === "daily" ? 24 : 24 * 7;
  return { start: new Date(now.getTime() - hours * HOUR_MS), end: new Date(now.getTime()) };
}
