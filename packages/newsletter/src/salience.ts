import type { EditionArticle } from "./types.js";

/** Weights of the salience terms; they add up to 1. */
export const SALIENCE_WEIGHTS = {
  beat: 0.3,
  region: 0.25,
  length: 0.2,
  recency: 0.25,
} as const;

/** Words at which an article counts as fully developed; shorter briefs score less. */
const FULL_LENGTH_WORDS = 900;

/**
 * How prominent an article should be, 0..1: the classifier's confidence in its primary beat
 * and region, its length (a brief ranks under a developed story, with diminishing returns),
 * and its recency within the period.
 */
export function salience(
  article: Pick<EditionArticle, "beats" | "regions" | "wordCount" | "publishedAt">,
  period: { start: Date; end: Date },
): number {
  const beat = clamp01(article.beats[0]?.score ?? 0);
  const region = clamp01(article.regions[0]?.score ?? 0);
  const length = clamp01(Math.log1p(article.wordCount) / Math.log1p(FULL_LENGTH_WORDS));
  const span = period.end.getTime() - period.start.getTime();
  const age = period.end.getTime() - article.publishedAt.getTime();
  const recency = span > 0 ? clamp01(1 - age / span) : 1;
  return (
    SALIENCE_WEIGHTS.beat * beat +
    SALIENCE_WEIGHTS.region * region +
    SALIENCE_WEIGHTS.length * length +
    SALIENCE_WEIGHTS.recency * recency
  );
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
