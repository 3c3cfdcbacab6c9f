import type { Frequency } from "@newsdesk/newsletter";
import { type LocalDateHour, shiftLocalDate, wallClock, zonedInstant } from "./zoned-time.js";

/**
 * When editions go out, on each subscriber's own wall clock: daily at `hour` (0-23), weekly on
 * `weekday` (0 Sunday .. 6 Saturday) at that hour.
 */
export interface DigestSchedule {
  hour: number;
  weekday: number;
}

export const DEFAULT_SCHEDULE: DigestSchedule = { hour: 6, weekday: 1 };

/** What an edition covers: from the previous send slot to its own (start inclusive). */
export interface DigestPeriod {
  start: Date;
  end: Date;
}

/**
 * The period of the edition that `now` belongs to in `timeZone`: it ends at the next send slot
 * at or after `now` and starts at the slot before (24 hours, or 7 days, of that zone's wall
 * clock: 23 or 25 hours across a DST change). Every build in the same period names the same
 * edition, so an edition is built once per (frequency, period) wherever it is built; articles
 * count from the period's start up to the build (a later build of a draft edition takes the
 * articles that came in since).
 */
export function digestPeriod(
  frequency: Frequency,
  now: Date,
  schedule: DigestSchedule = DEFAULT_SCHEDULE,
  timeZone = "UTC",
): DigestPeriod {
  return periodAtSlot(frequency, now, schedule, timeZone, "next");
}

/**
 * The period whose send slot is the last one at or before `now` in `timeZone`: the edition a
 * schedule tick at `now` owes that zone's subscribers.
 */
export function duePeriod(
  frequency: Frequency,
  now: Date,
  schedule: DigestSchedule = DEFAULT_SCHEDULE,
  timeZone = "UTC",
): DigestPeriod {
  return periodAtSlot(frequency, now, schedule, timeZone, "last");
}

/**
 * The period ending at the send slot nearest `now` in `timeZone` in one direction: the next
 * slot at or after it, or the last one at or before it.
 */
function periodAtSlot(
  frequency: Frequency,
  now: Date,
  schedule: DigestSchedule,
  timeZone: string,
  slot: "next" | "last",
): DigestPeriod {
  const sign = slot === "next" ? 1 : -1;
  const at = now.getTime();
  const wall = wallClock(at, timeZone);
  const days = frequency === "weekly" ? (sign * (schedule.weekday - wall.weekday) + 7) % 7 : 0;
  let day = shiftLocalDate(wall, sign * days, schedule.hour);
  // On the wrong side of now: one more step that way.
  if (sign * (zonedInstant(day, timeZone) - at) < 0) {
    day = shiftLocalDate(day, sign * step(frequency), schedule.hour);
  }
  return periodEndingOn(frequency, day, timeZone);
}

function step(frequency: Frequency): number {
  return frequency === "weekly" ? 7 : 1;
}

function periodEndingOn(frequency: Frequency, day: LocalDateHour, timeZone: string): DigestPeriod {
  const previous = shiftLocalDate(day, -step(frequency), day.hour);
  return {
    start: new Date(zonedInstant(previous, timeZone)),
    end: new Date(zonedInstant(day, timeZone)),
  };
}
