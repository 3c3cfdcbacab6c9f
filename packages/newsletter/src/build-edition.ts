import { alsoLinks } from "./also-links.js";
import { compareItems } from "./compare-items.js";
import { editionPeriod } from "./edition-period.js";
import { nearDuplicateClusters } from "./near-duplicate-clusters.js";
import { DEFAULT_REGION_ORDER, regionName } from "./regions.js";
import { salience } from "./salience.js";
import { summarizeLede } from "./summarize-lede.js";
import type { Edition, EditionArticle, EditionItem, EditionSection, Frequency } from "./types.js";

/** Cards per region in one email, by default: five regions of six make a 30-card edition. */
export const DEFAULT_CAP_PER_REGION = 6;
/** "Also in this edition" links per card, by default; more folded reports are counted. */
export const DEFAULT_ALSO_PER_CARD = 3;
/** Headlines in the "top stories" lead, by default. */
export const DEFAULT_TOP_STORIES = 3;
/** Most beat chips on a card. */
const MAX_CHIPS = 3;
/** A beat is a chip when it scores at least this share of the primary beat. */
const CHIP_SHARE = 0.5;
/** Salience added per extra article telling the same story. */
const COVERAGE_BONUS = 0.04;

export interface BuildEditionOptions {
  articles: readonly EditionArticle[];
  frequency: Frequency;
  /** End of the period (exclusive of nothing: an article at `now` is in). */
  now: Date;
  /**
   * Start of the period (exclusive); by default `now` less 24 hours or 7 days. A schedule on a
   * subscriber's wall clock has 23- and 25-hour days across DST changes.
   */
  since?: Date | undefined;
  /** Section order; regions not listed follow, alphabetically. */
  regionOrder?: readonly string[];
  capPerRegion?: number;
  topStories?: number;
  /** Most "also in this edition" links per card (default 3). */
  alsoPerCard?: number;
  /** Near-duplicate threshold, see `nearDuplicateClusters`. */
  duplicateThreshold?: number;
}

/**
 * Builds the edition of a period: the articles published in it (daily: the last 24 hours,
 * weekly: the last 7 days), near-duplicates folded into one item, grouped by primary region
 * in `regionOrder` and ranked by salience within each region. Returns null when nothing is
 * new: no edition is sent then. Capping and the top-stories lead happen per segment
 * (`selectSegment`).
 */
export function buildEdition(options: BuildEditionOptions): Edition | null {
  const period = options.since
    ? { start: options.since, end: options.now }
    : editionPeriod(options.frequency, options.now);
  const start = period.start.getTime();
  const end = period.end.getTime();
  const fresh = options.articles.filter((article) => {
    const time = article.publishedAt.getTime();
    return time > start && time <= end;
  });
  if (fresh.length === 0) return null;

  const alsoPerCard = options.alsoPerCard ?? DEFAULT_ALSO_PER_CARD;
  const scores = fresh.map((article) => salience(article, period));
  const items: EditionItem[] = [];
  let noRegion = 0;
  let folded = 0;
  for (const cluster of nearDuplicateClusters(fresh, options.duplicateThreshold)) {
    const ranked = [...cluster].sort((a, b) => compareBy(scores, fresh, a, b));
    const lead = ranked.find((index) => fresh[index]?.regions[0] !== undefined);
    if (lead === undefined) {
      noRegion += cluster.length;
      continue;
    }
    folded += cluster.length - 1;
    const article = fresh[lead] as EditionArticle;
    const others = ranked
      .filter((index) => index !== lead)
      .map((index) => fresh[index] as EditionArticle);
    const also = alsoLinks(
      article.headline,
      others.map((other) => ({ articleId: other.id, headline: other.headline })),
      alsoPerCard,
    );
    items.push({
      articleId: article.id,
      headline: article.headline,
      summary: summarizeLede(article),
      beats: chips(article),
      contributors: article.contributors,
      region: article.regions[0]?.id as string,
      salience: Math.min(1, (scores[lead] as number) + COVERAGE_BONUS * others.length),
      publishedAt: article.publishedAt,
      also,
      alsoMore: others.length - also.length,
      // The lead article's reasons: its beat chip and its region are the card's.
      ...(article.evidence ? { evidence: article.evidence } : {}),
    });
  }

  const byRegion = new Map<string, EditionItem[]>();
  for (const item of items) {
    const list = byRegion.get(item.region);
    if (list) list.push(item);
    else byRegion.set(item.region, [item]);
  }
  const sections: EditionSection[] = orderRegions(
    [...byRegion.keys()],
    options.regionOrder ?? DEFAULT_REGION_ORDER,
  ).map((region) => ({
    region,
    name: regionName(region),
    items: (byRegion.get(region) ?? []).sort(compareItems),
  }));
  if (sections.length === 0) return null;
  return {
    frequency: options.frequency,
    periodStart: period.start,
    periodEnd: period.end,
    sections,
    capPerRegion: options.capPerRegion ?? DEFAULT_CAP_PER_REGION,
    topStories: options.topStories ?? DEFAULT_TOP_STORIES,
    alsoPerCard,
    leftOut: { noRegion, folded },
  };
}

function compareBy(
  scores: readonly number[],
  articles: readonly EditionArticle[],
  a: number,
  b: number,
): number {
  const left = articles[a] as EditionArticle;
  const right = articles[b] as EditionArticle;
  return (
    (scores[b] as number) - (scores[a] as number) ||
    right.publishedAt.getTime() - left.publishedAt.getTime() ||
    left.id - right.id
  );
}

function chips(article: EditionArticle): string[] {
  const topLevel = article.beats.filter((beat) => !beat.id.includes("/"));
  const best = topLevel[0]?.score ?? 0;
  return topLevel
    .filter((beat, index) => index === 0 || beat.score >= best * CHIP_SHARE)
    .slice(0, MAX_CHIPS)
    .map((beat) => beat.id);
}

function orderRegions(present: readonly string[], order: readonly string[]): string[] {
  const listed = order.filter((region) => present.includes(region));
  const rest = present.filter((region) => !order.includes(region)).sort();
  return [...listed, ...rest];
}
