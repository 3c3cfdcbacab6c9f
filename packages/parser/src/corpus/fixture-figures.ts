import { evaluateBoundaries, evaluateFields } from "../test-support/boundary-eval.js";
import { loadFixtureArticles } from "../test-support/fixture-articles.js";

/**
 * The figures segmentation-quality.test.ts holds the fixtures' composed dumps to, as one line:
 * a change chosen on the corpus must not lower them.
 */
export function fixtureFigures(): string {
  const articles = loadFixtureArticles();
  const seeds = [1, 2, 3, 4, 5, 6];
  const plain = evaluateBoundaries(articles, seeds);
  const debris = evaluateBoundaries(articles, seeds, 0.5, 0.25);
  const headed = evaluateBoundaries(articles, [7, 8, 9], 0);
  const fields = evaluateFields(articles, seeds);
  const f = (x: number) => x.toFixed(3);
  return [
    `fixtures' dumps: F1 ${f(plain.f1)} (P ${f(plain.precision)} R ${f(plain.recall)})`,
    `with debris F1 ${f(debris.f1)}`,
    `all headed P ${f(headed.precision)} R ${f(headed.recall)}`,
    `headline ${f(fields.headline)} dek ${f(fields.dek)} contributors ${f(fields.contributors)}`,
  ].join("; ");
}
