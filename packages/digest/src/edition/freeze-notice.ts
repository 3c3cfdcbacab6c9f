import type { Frequency } from "@newsdesk/newsletter";
import { type DigestSchedule, digestPeriod } from "../schedule/digest-period.js";

/** What `digest build --send` printed of an edition it froze. */
export interface FrozenEdition {
  frequency: Frequency;
  /** ISO times, as the build's summary has them. */
  periodStart: string;
  periodEnd: string;
  /** Up to when its articles were stored; null when it had been frozen before this command. */
  articlesUntil: string | null;
}

/**
 * The line `digest build --send` prints: which period it froze, up to when its articles were
 * stored, and that the articles stored after that go to the next edition (the one ending at
 * the next send slot), not to this one; or that it was frozen already.
 */
export function freezeNotice(edition: FrozenEdition, schedule?: DigestSchedule): string {
  const period = `${edition.frequency} period ${utc(edition.periodStart)} to ${utc(edition.periodEnd)} UTC`;
  if (edition.articlesUntil === null) {
    return `the ${period} was frozen before: nothing changed in it; articles stored since its cut go to the next ${edition.frequency} edition`;
  }
  // The slot itself ends this period: a moment after it is in the next.
  const next = digestPeriod(
    edition.frequency,
    new Date(Date.parse(edition.periodEnd) + 1),
    schedule,
  );
  const early = new Date(edition.articlesUntil).getTime() < new Date(edition.periodEnd).getTime();
  return early
    ? `froze the ${period} with the articles stored up to ${utc(edition.articlesUntil)} UTC; articles stored after that go to the next ${edition.frequency} edition (the period ending ${utc(next.end.toISOString())} UTC)`
    : `froze the ${period} with every article stored in it; later articles go to the next ${edition.frequency} edition (the period ending ${utc(next.end.toISOString())} UTC)`;
}

/** `2026-03-10T06:00:00.000Z` -> `2026-03-10 06:00`. */
function utc(iso: string): string {
  return iso.slice(0, 16).replace("T", " ");
}
