import { buildEdition, type Edition, type Frequency } from "@newsdesk/newsletter";
import { type EditionRow, listEditionArticles, type Store } from "@newsdesk/store";
import { type DigestSchedule, digestPeriod } from "./digest-period.js";
import { editionFromJson, editionToJson } from "./edition-json.js";

export interface BuiltDigestEdition {
  row: EditionRow;
  /** What the edition shows (as stored: a frozen edition keeps what it had when prepared). */
  edition: Edition;
  created: boolean;
  /** Prepared before: its content and audience were not changed by this build. */
  frozen: boolean;
}

/**
 * Builds the edition of the period `now` falls in from the stored, classified articles and
 * stores it: once per (frequency, period), whichever process builds it (see `saveEdition`).
 * Null when nothing new came in: no edition is stored, and none is sent.
 */
export async function buildDigestEdition(
  store: Pick<Store, "db" | "saveEdition" | "getEditionContent">,
  frequency: Frequency,
  now: Date,
  schedule?: DigestSchedule,
): Promise<BuiltDigestEdition | null> {
  const period = digestPeriod(frequency, now, schedule);
  const until = now.getTime() < period.end.getTime() ? now : period.end;
  const rows = await listEditionArticles(store.db, { since: period.start, until });
  const edition = buildEdition({
    articles: rows.map((row) => ({ ...row, publishedAt: row.createdAt })),
    frequency,
    now: until,
  });
  if (!edition) return null;
  // The edition is named by its whole period, whenever in it it was built.
  const named: Edition = { ...edition, periodStart: period.start, periodEnd: period.end };
  const saved = await store.saveEdition({
    frequency,
    periodStart: period.start,
    periodEnd: period.end,
    content: editionToJson(named),
    articleCount: rows.length,
  });
  if (!saved.frozen)
    return { row: saved.edition, edition: named, created: saved.created, frozen: false };
  const stored = await store.getEditionContent(saved.edition.id);
  return { row: saved.edition, edition: editionFromJson(stored), created: false, frozen: true };
}
