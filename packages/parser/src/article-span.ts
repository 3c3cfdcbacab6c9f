/** An article as a run of paragraphs, with the roles of its opening paragraphs. */
export interface ArticleSpan {
  /** Indexes into the paragraph list, inclusive. */
  first: number;
  last: number;
  headline: number | null;
  /** Later copies of the headline, collapsed into it. */
  duplicates: number[];
  /** A kicker or section label above the headline. */
  kicker: number | null;
  dek: number | null;
  bylines: number[];
  /** Lines under the headline that are neither text nor credit: an author's role, an outlet. */
  furniture: number[];
  /**
   * What opened the article where a model or a rule judged it (start-confidence.ts turns it
   * into a probability); absent for the dump's first article and after a hard break.
   */
  start?: StartEvidence;
  /**
   * Paragraphs from `first` on that a piece of a large dump must hold to begin at this start
   * (parse-text.ts), where its decision read more than a start's usual reach: a decoded one.
   */
  reach?: number;
}

/**
 * How an article's start was judged: a headline-like line inside a run weighed by the headline
 * evidence (`headline`, its score) or taken by rule (`headline-rule`: a dateline or credit under
 * it, a repeat), a byline or a dateline that opens it, or a headless start found in the text
 * (`gap`, its gap score).
 */
export interface StartEvidence {
  kind: StartKind;
  /** The learned score (log-odds) where a model judged it, else 0. */
  score: number;
}

export const START_KINDS = ["headline", "headline-rule", "byline", "dateline", "gap"] as const;
export type StartKind = (typeof START_KINDS)[number];

export interface Head {
  span: ArticleSpan;
  /** First paragraph after the headline, dek and bylines. */
  bodyStart: number;
}

export function emptySpan(first: number): ArticleSpan {
  return {
    first,
    last: first,
    headline: null,
    duplicates: [],
    kicker: null,
    dek: null,
    bylines: [],
    furniture: [],
  };
}

/**
 * The span's headline, kicker, dek, copies of the headline, bylines and furniture, as a set: a
 * span of thousands of bylines would make looking each paragraph up in those lists quadratic.
 */
export function roleParagraphs(span: ArticleSpan): Set<number> {
  const roles = new Set([...span.duplicates, ...span.bylines, ...span.furniture]);
  for (const k of [span.headline, span.kicker, span.dek]) if (k !== null) roles.add(k);
  return roles;
}
