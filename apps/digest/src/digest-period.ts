import type { Frequency } from "@newsdesk/newsletter";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** When editions go out: daily at `hour` UTC, weekly on `weekday` (0 Sunday .. 6) at that hour. */
export interface DigestSchedule {
  hour: number;
  weekday: number;
}

export const DEFAULT_SCHEDULE: DigestSchedule = { hour: 6, weekday: 1 };

/**
 * The period of the edition that `now` belongs to: it ends at the next send slot at or after
 * `now` and starts 24 hours (daily) or 7 days (weekly) before. Every build in the same period
 * names the same edition, so an edition is built once per (frequency, period) wherever it is
 * built; articles count from the period's start up to the build (a later build of a draft
 * edition takes the articles that came in since).
 */
export function digestPeriod(
  frequency: Frequency,
  now: Date,
  schedule: DigestSchedule = DEFAULT_SCHEDULE,
): { start: Date; end: Date } {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let end = day + schedule.hour * HOUR_MS;
  if (end < now.getTime()) end += DAY_MS;
  if (frequency === "weekly") {
    const weekday = new Date(end).getUTCDay();
    end += ((schedule.weekday - weekday + 7) % 7) * DAY_MS;
    return { start: new Date(end - 7 * DAY_MS), end: new Date(end) };
  }
  return { start: new Date(end - DAY_MS), end: new Date(end) };
}
