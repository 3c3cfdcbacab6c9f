import { DateTime, IANAZone } from "luxon";

/** A wall-clock date and hour in some time zone (month 1-12). */
export interface LocalDateHour {
  year: number;
  month: number;
  day: number;
  hour: number;
}

/**
 * True for an IANA time zone this runtime knows (`Asia/Kolkata`, `UTC`; aliases such as
 * `Europe/Kiev` too, since older rows may hold them). Form input is bounded and
 * character-checked before Intl sees it.
 */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(timeZone)) {
    return false;
  }
  return IANAZone.isValidZone(timeZone);
}

/** The wall clock in `timeZone` at `instant` (ms since the epoch); weekday 0 is Sunday. */
export function wallClock(
  instant: number,
  timeZone: string,
): LocalDateHour & { minute: number; second: number; weekday: number } {
  const { year, month, day, hour, minute, second, weekday } = DateTime.fromMillis(instant, {
    zone: timeZone,
  });
  return { year, month, day, hour, minute, second, weekday: weekday % 7 };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms (Kolkata: +5.5 h). */
export function utcOffset(instant: number, timeZone: string): number {
  return DateTime.fromMillis(instant, { zone: timeZone }).offset * 60_000;
}

/**
 * The instant a wall-clock hour happens in `timeZone`. A wall time skipped by a DST change
 * (02:30 on a spring-forward night) is moved forward by the gap (03:30), the way clocks do;
 * a wall time that happens twice (01:30 on a fall-back night) is its first occurrence.
 */
export function zonedInstant(local: LocalDateHour, timeZone: string): number {
  // Luxon resolves an ambiguous wall time to its later occurrence; a send slot is the first.
  const resolved = DateTime.fromObject(local, { zone: timeZone });
  const occurrences = resolved.getPossibleOffsets().map((candidate) => candidate.toMillis());
  return occurrences.length > 0 ? Math.min(...occurrences) : resolved.toMillis();
}

/** The local calendar date `days` after (or before) `local`'s, at `hour`. */
export function shiftLocalDate(local: LocalDateHour, days: number, hour: number): LocalDateHour {
  const { year, month, day } = DateTime.utc(local.year, local.month, local.day).plus({ days });
  return { year, month, day, hour };
}
