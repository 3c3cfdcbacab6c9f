import type { Frequency } from "@newsdesk/newsletter";
import { type DigestPeriod, type DigestSchedule, duePeriod } from "./digest-period.js";
import { isTimeZone } from "./zoned-time.js";

/**
 * How late a send slot is still served: a digest that was down at 06:00 sends the edition when
 * it is back within this window; after it, that period is skipped (its stories are a day old,
 * and the next edition is near).
 */
export const CATCH_UP_MS = 6 * 3_600_000;

/** One edition a tick owes: a period, and the time zones whose send slot ends it. */
export interface DueEdition {
  frequency: Frequency;
  period: DigestPeriod;
  /** The subscribers' `timezone` values it goes to (an unknown one is served on UTC's clock). */
  timezones: string[];
}

/**
 * The editions due at `now` for the active subscribers' (frequency, time zone) pairs: each
 * zone's last send slot at or before `now`, if it is less than `catchUpMs` old. Zones whose
 * periods coincide (Europe/Paris and Europe/Berlin; Asia/Kolkata and Asia/Calcutta) share one
 * edition; zones whose periods differ get their own, since an edition's content is its period's
 * stories. `unknownTimeZones` lists values no runtime knows (served on UTC's clock).
 */
export function dueEditions(
  audience: readonly { frequency: Frequency; timezone: string }[],
  now: Date,
  schedule: DigestSchedule,
  catchUpMs = CATCH_UP_MS,
): { due: DueEdition[]; unknownTimeZones: string[] } {
  const due = new Map<string, DueEdition>();
  const unknownTimeZones: string[] = [];
  for (const { frequency, timezone } of audience) {
    const known = isTimeZone(timezone);
    if (!known) unknownTimeZones.push(timezone);
    const period = duePeriod(frequency, now, schedule, known ? timezone : "UTC");
    if (now.getTime() - period.end.getTime() >= catchUpMs) continue;
    const key = `${frequency}|${period.start.getTime()}|${period.end.getTime()}`;
    const edition = due.get(key);
    if (edition) edition.timezones.push(timezone);
    else due.set(key, { frequency, period, timezones: [timezone] });
  }
  const sorted = [...due.values()].sort(
    (a, b) =>
      a.period.end.getTime() - b.period.end.getTime() || a.frequency.localeCompare(b.frequency),
  );
  return { due: sorted, unknownTimeZones: [...new Set(unknownTimeZones)] };
}
