import { ArticleSoFar } from "../article-so-far.js";
import { HEAD_FEATURE_NAMES } from "../head-evidence.js";
import { headEvidenceAt } from "../head-score.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import type { ComposedDump } from "../test-support/compose-dump.js";
import { FeatureTable } from "../text-features.js";

/**
 * The labelled candidates of a dump for the headline evidence: every headline-like line after
 * the first paragraph with text under it, measured as the segmenter measures it when it has
 * found the true starts before it; 1 where the line is the headline of an article that starts
 * there.
 */
export function headSamples(dump: ComposedDump, xs: Float64Array[], ys: number[]): void {
  const paragraphs = groupParagraphs(splitLines(dump.text));
  const table = new FeatureTable(paragraphs.map((p) => p.text));
  const features = table.paragraphs;
  const soFar = new ArticleSoFar(table);
  // The first paragraph of each true article, and whether it is the article's headline.
  let t = 0;
  let articleStart = 0;
  let previousStart = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const line = (paragraphs[i] as { startLine: number }).startLine;
    let opens = false;
    while (t < dump.truth.length && (dump.truth[t] as { startLine: number }).startLine <= line) {
      if ((dump.truth[t] as { startLine: number }).startLine === line) opens = true;
      t++;
    }
    if (opens) {
      previousStart = articleStart;
      articleStart = i;
    }
    const f = features[i];
    if (!f?.headlineLike || i === 0) continue;
    let k = i + 1;
    while (k < paragraphs.length && features[k]?.kind !== "text" && features[k]?.kind !== "byline")
      k++;
    if (features[k]?.kind !== "text") continue;
    const headed = opens && dump.truth[t - 1]?.headline !== null;
    soFar.reset(opens ? previousStart : articleStart, i);
    const evidence = headEvidenceAt(paragraphs, table, i, k, soFar, {} as never);
    xs.push(Float64Array.from(HEAD_FEATURE_NAMES.map((name) => evidence[name])));
    ys.push(headed ? 1 : 0);
  }
}
