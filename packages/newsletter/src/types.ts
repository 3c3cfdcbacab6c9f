/** How often an edition goes out: daily covers the last 24 hours, weekly the last 7 days. */
export type Frequency = "daily" | "weekly";

/** A label with the classifier's score, best first in a list. */
export interface ScoredLabel {
  id: string;
  score: number;
}

/**
 * Why an article has its primary beat and region (structurally `@newsdesk/store`'s): the
 * classifier's strongest words for the beat and places for the region, strongest first, or
 * `null` where an editor set it.
 */
export interface PrimaryEvidence {
  beat: readonly string[] | null;
  region: readonly string[] | null;
  /** Set when the article's wording pattern, not single words, chose the primary beat over this one. */
  wordingOver?: string | undefined;
}

/**
 * A classified article as an edition needs it (structurally what `@newsdesk/store` returns,
 * with its beats and regions). Its text is untrusted: templates escape every field.
 */
export interface EditionArticle {
  id: number;
  headline: string;
  dek: string | null;
  paragraphs: readonly string[];
  contributors: readonly string[];
  wordCount: number;
  /** When the article came in; an edition covers articles whose time falls in its period. */
  publishedAt: Date;
  /** Best first; the first is the primary beat. */
  beats: readonly ScoredLabel[];
  /** Best first; the first is the region whose section shows the article. */
  regions: readonly ScoredLabel[];
  /** Why it has its primary beat and region; absent when the store kept none. */
  evidence?: PrimaryEvidence | undefined;
}

/** Another article on the same story, folded into an item's card. */
export interface RelatedArticle {
  articleId: number;
  headline: string;
}

/** One card: an article, and the near-duplicates folded into it. */
export interface EditionItem {
  articleId: number;
  headline: string;
  /** One or two sentences from the lede (or the dek when there is no lede). */
  summary: string;
  /** Beat ids shown as chips (and matched by segments): the primary beat and close seconds. */
  beats: readonly string[];
  contributors: readonly string[];
  region: string;
  /** 0..1: beat and region confidence, length, recency, and how many articles tell the story. */
  salience: number;
  publishedAt: Date;
  /**
   * Near-duplicates shown as "also in this edition" links, most salient first: at most the
   * edition's `alsoPerCard`, none repeating the card's headline or another link's.
   */
  also: readonly RelatedArticle[];
  /** Other near-duplicates folded into this card and not linked (absent in older editions: 0). */
  alsoMore?: number;
  /**
   * Why the card's article has its primary beat and region: the card's "Why Business:
   * tariffs" line (absent in older editions, and for articles with no evidence kept).
   */
  evidence?: PrimaryEvidence;
  /** An editor pinned it: first in its section, past the cap and never trimmed. */
  pinned?: boolean;
}

/** A region's items, most salient first. */
export interface EditionSection {
  region: string;
  /** Display name: Africa, Americas, Asia-Pacific, Europe, Middle East. */
  name: string;
  items: readonly EditionItem[];
}

/**
 * An edition before anyone's preferences: every region with something new, in the configured
 * order, each ranked but not yet capped (a segment caps after filtering by beats, so a
 * health-only reader still gets a full section of health stories).
 */
export interface Edition {
  frequency: Frequency;
  periodStart: Date;
  periodEnd: Date;
  sections: readonly EditionSection[];
  capPerRegion: number;
  topStories: number;
  /** Most "also in this edition" links on a card (absent in older editions: the default). */
  alsoPerCard?: number;
  /** Articles in the period that no card shows: no region, or folded into another card. */
  leftOut: { noRegion: number; folded: number };
}

/**
 * What a subscriber chose. Empty lists mean "all". Rendering happens once per distinct
 * segment, never per subscriber.
 */
export interface Segment {
  regions: readonly string[];
  beats: readonly string[];
}

/** A region of a segment's email: the items shown, and how many the cap left out. */
export interface SegmentSection extends EditionSection {
  /** Most items shown for the region (the edition's `capPerRegion`). */
  cap: number;
  /**
   * The segment's items in this region that the email does not show (past the cap, or trimmed
   * to stay under Gmail's clipping size): the template offers them as "N more".
   */
  more: number;
}

/** An edition narrowed to one segment and capped: what one rendered email shows. */
export interface SegmentEdition {
  frequency: Frequency;
  periodStart: Date;
  periodEnd: Date;
  segment: Segment;
  /** The most salient items of the segment, for the lead. */
  topStories: readonly EditionItem[];
  sections: readonly SegmentSection[];
}
