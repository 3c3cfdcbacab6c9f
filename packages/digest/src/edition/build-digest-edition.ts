import {
  buildEditionOffThread,
  type Edition,
  type Frequency,
  selectSegment,
} from "@newsdesk/newsletter";
import { type EditionRow, listEditionArticles, type Sql, type Store } from "@newsdesk/store";
import { type DigestPeriod, type DigestSchedule, digestPeriod } from "../schedule/digest-period.js";
import { editionFromJson, editionToJson } from "./edition-json.js";

export interface BuiltDigestEdition {
  row: EditionRow;
  /** What the edition shows (as stored: a frozen edition keeps what it had when prepared). */
  edition: Edition;
  created: boolean;
  /** Prepared before: its content and audience were not changed by this build. */
  frozen: boolean;
}

type EditionStore = Pick<Store, "db" | "saveEdition" | "getEditionContent">;

/**
 * Builds the edition of the period `now` falls in (on UTC's clock: `digest build`) from the
 * stored, classified articles and stores it: once per (frequency, period), whichever process
 * builds it (see `saveEdition`). Null when nothing new came in: no edition is stored, and none
 * is sent.
 */
export async function buildDigestEdition(
  store: EditionStore,
  frequency: Frequency,
  now: Date,
  schedule?: DigestSchedule,
): Promise<BuiltDigestEdition | null> {
  return buildEditionForPeriod(store, frequency, digestPeriod(frequency, now, schedule), now);
}

/**
 * Builds the edition of `period` with the articles stored from its start up to `now` (or its
 * end, once it is over): what a schedule tick does for a time zone whose send slot has come.
 */
export async function buildEditionForPeriod(
  store: EditionStore,
  frequency: Frequency,
  period: DigestPeriod,
  now: Date,
): Promise<BuiltDigestEdition | null> {
  const built = await periodEdition(store.db, frequency, period, now);
  if (!built) return null;
  const { edition: named, articleCount } = built;
  const saved = await store.saveEdition({
    frequency,
    periodStart: period.start,
    periodEnd: period.end,
    content: editionToJson(named),
    articleCount,
  });
  if (!saved.frozen)
    return { row: saved.edition, edition: named, created: saved.created, frozen: false };
  const stored = await store.getEditionContent(saved.edition.id);
  return { row: saved.edition, edition: editionFromJson(stored), created: false, frozen: true };
}

/**
 * What the edition of `period` shows at `now`: the classified articles stored from its start up
 * to `now` (or its end, once it is over), named by the whole period, built in a worker thread
 * (`buildEditionOffThread`: a 20,000-article day does not stall the process's event loop).
 * The sender builds it, and the preview shows it. Null when nothing came in. `articleCount` is
 * the number of stories the email with every region shows (each region capped), the figure
 * the archive quotes, not the articles read.
 */
export async function periodEdition(
  db: Sql,
  frequency: Frequency,
  period: DigestPeriod,
  now: Date,
): Promise<{ edition: Edition; articleCount: number } | null> {
  const until = now.getTime() < period.end.getTime() ? now : period.end;
  const rows = await listEditionArticles(db, { since: period.start, until });
  if (rows.length === 0) return null;
  const edition = await buildEditionOffThread({
    articles: rows.map((row) => ({ ...row, publishedAt: row.createdAt })),
    frequency,
    now: until,
    since: period.start,
  });
  if (!edition) return null;
  // The edition is named by its whole period, whenever in it it was built.
  return {
    edition: { ...edition, periodStart: period.start, periodEnd: period.end },
    articleCount: storiesShown(edition),
  };
}

/** Stories the email with every region and beat shows: each region's cards, up to its cap. */
export function storiesShown(edition: Edition): number {
  const everything = selectSegment(edition, { regions: [], beats: [] });
  return everything?.sections.reduce((sum, section) => sum + section.items.length, 0) ?? 0;
}
