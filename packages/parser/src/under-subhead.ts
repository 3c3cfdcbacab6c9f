import { ArticleSoFar } from "./article-so-far.js";
import { isSubhead } from "./subhead-rule.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

/**
 * Whether body[g] stands right under a title-like line that the subhead rule reads as a section
 * of the article begun at body[articleStart]: the paragraph under it goes on with that article's
 * cast or recent words. A story cut there leaves its subhead behind as its last line, and the
 * prose under it goes on with the story above. On the validation fold, every file fitted
 * without it, 7 decoded starts one a line stood so, all false; gap by gap, 2 more
 * (docs/tried.md, "False starts by class").
 */
export function underSubhead(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  articleStart: number,
  soFar: () => ArticleSoFar,
): boolean {
  if (g - 1 <= articleStart) return false;
  const line = body[g - 1] as number;
  const lineFeatures = table.paragraphs[line] as ParagraphFeatures;
  if (!lineFeatures.headlineLike) return false;
  const at = body[g] as number;
  const article = soFar();
  article.reset(body[articleStart] as number, line);
  return isSubhead(
    table.text(line),
    lineFeatures,
    table.paragraphs[at] as ParagraphFeatures,
    table.lexical(at),
    article,
  );
}

/** The article so far for underSubhead, made when first asked for: most stretches have no such line. */
export function articleSoFarOnDemand(table: FeatureTable): () => ArticleSoFar {
  let article: ArticleSoFar | null = null;
  return () => {
    article ??= new ArticleSoFar(table);
    return article;
  };
}
