import {
  applyEditionPicks,
  buildEditionOffThread,
  type Edition,
  type Frequency,
  selectSegment,
  withoutDropped,
} from "@newsdesk/newsletter";
import {
  carriedOverSince,
  type EditionRow,
  listEditionArticles,
  type Sql,
  type Store,
} from "@newsdesk/store";
import { type DigestPeriod, type DigestSchedule, digestPeriod } from "../schedule/digest-period.js";
import { editionFromJson, editionToJson } from "./edition-json.js";
import { loadEditionPicks } from "./edition-picks.js";

export interface BuiltDigestEdition {
  row: EditionRow;
  /** What the edition shows (as stored: a frozen edition keeps what it had when prepared). */
  edition: Edition;
  created: boolean;
  /** Prepared before: its content and audience were not changed by this build. */
  frozen: boolean;
  /** This build read the articles stored up to this time (null when it was frozen before). */
  articlesUntil: Date | null;
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
  const { edition: named, articleCount, until } = built;
  const saved = await store.saveEdition({
    frequency,
    periodStart: period.start,
    periodEnd: period.end,
    content: editionToJson(named),
    articleCount,
    articlesUntil: until,
  });
  if (!saved.frozen) {
    return {
      row: saved.edition,
      edition: named,
      created: saved.created,
      frozen: false,
      articlesUntil: until,
    };
  }
  const stored = await store.getEditionContent(saved.edition.id);
  return {
    row: saved.edition,
    edition: editionFromJson(stored),
    created: false,
    frozen: true,
    articlesUntil: null,
  };
}

/** An edition of a period as built now, with the span of article times it read. */
export interface PeriodEdition {
  edition: Edition;
  articleCount: number;
  /** Articles stored in `(since, until]` were read. */
  since: Date;
  until: Date;
}

/**
 * What the edition of `period` shows at `now`: the classified articles stored from its start
 * (or from the cut of the period before, when that edition was frozen early:
 * `carriedOverSince`) up to `now` (or its end, once it is over), without those an editor
 * dropped, named by the whole period, built in a worker thread (`buildEditionOffThread`: a
 * 20,000-article day does not stall the process's event loop), then ordered by the editor's
 * pins and moves (`applyEditionPicks`). The sender builds it, and the preview shows it. Null
 * when nothing came in. `articleCount` is the number of stories the email with every region
 * shows (each region capped), the figure the archive quotes, not the articles read.
 */
export async function periodEdition(
  db: Sql,
  frequency: Frequency,
  period: DigestPeriod,
  now: Date,
): Promise<PeriodEdition | null> {
  const until = now.getTime() < period.end.getTime() ? now : period.end;
  const since = await carriedOverSince(db, { frequency, periodStart: period.start });
  const [rows, picks] = await Promise.all([
    listEditionArticles(db, { since, until }),
    // By the period, not the articles' span: a carried-over span starts before the period.
    loadEditionPicks(db, { frequency, since: period.start, until: period.end }),
  ]);
  const articles = withoutDropped(rows, picks);
  if (articles.length === 0) return null;
  const built = await buildEditionOffThread({
    articles: articles.map((row) => ({ ...row, publishedAt: row.createdAt })),
    frequency,
    now: until,
    since,
  });
  if (!built) return null;
  const edition = applyEditionPicks(built, picks);
  // The edition is named by its whole period, whenever in it it was built.
  return {
    edition: { ...edition, periodStart: period.start, periodEnd: period.end },
    articleCount: storiesShown(edition),
    since,
    until,
  };
}

/** Stories the email with every region and beat shows: each region's cards, up to its cap. */
export function storiesShown(edition: Edition): number {
  const everything = selectSegment(edition, { regions: [], beats: [] });
  return everything?.sections.reduce((sum, section) => sum + section.items.length, 0) ?? 0;
}
