import type { Frequency } from "@newsdesk/newsletter";
import { isPeriodFrozen, type Sql } from "@newsdesk/store";
import { type DigestPeriod, type DigestSchedule, digestPeriod } from "../schedule/digest-period.js";

/**
 * The period whose edition is still to be sent, on UTC's clock: the one `now` falls in, or the
 * next one when that edition was frozen early (`digest build --send`): the desk's draft and the
 * preview show what goes out next, and the articles stored after the cut belong to it.
 */
export async function draftPeriod(
  db: Sql,
  frequency: Frequency,
  now: Date,
  schedule?: DigestSchedule,
): Promise<DigestPeriod> {
  const current = digestPeriod(frequency, now, schedule);
  const frozen = await isPeriodFrozen(db, {
    frequency,
    periodStart: current.start,
    periodEnd: current.end,
  });
  // The slot itself ends the current period: a moment after it is in the next.
  return frozen ? digestPeriod(frequency, new Date(current.end.getTime() + 1), schedule) : current;
}
