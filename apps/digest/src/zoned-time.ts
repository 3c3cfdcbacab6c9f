const DAY_MS = 86_400_000;

/** A wall-clock date and hour in some time zone (month 1-12). */
export interface LocalDateHour {
  year: number;
  month: number;
  day: number;
  hour: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

// One formatter per zone: building them is the slow part of Intl.
function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** True for a time zone this runtime knows (IANA names such as `Asia/Kolkata`, and `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant` (ms since the epoch). */
export function wallClock(
  instant: number,
  timeZone: string,
): LocalDateHour & { minute: number; second: number; weekday: number } {
  const parts: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const year = parts.year as number;
  const month = parts.month as number;
  const day = parts.day as number;
  return {
    year,
    month,
    day,
    hour: parts.hour as number,
    minute: parts.minute as number,
    second: parts.second as number,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in ms (Kolkata: +5.5 h). */
export function utcOffset(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock hour happens in `timeZone`. A wall time skipped by a DST change
 * (02:30 on a spring-forward night) is moved forward by the gap (03:30), the way clocks do;
 * a wall time that happens twice (01:30 on a fall-back night) is its first occurrence.
 */
export function zonedInstant(local: LocalDateHour, timeZone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour);
  // The offsets a day either side: no zone changes its offset twice within two days.
  const before = utcOffset(asUtc - DAY_MS, timeZone);
  const after = utcOffset(asUtc + DAY_MS, timeZone);
  const candidates = [asUtc - before, asUtc - after].filter(
    (instant, n) => utcOffset(instant, timeZone) === (n === 0 ? before : after),
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - before;
}

/** The local calendar date `days` after (or before) `local`'s, at `hour`. */
export function shiftLocalDate(local: LocalDateHour, days: number, hour: number): LocalDateHour {
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour,
  };
}
