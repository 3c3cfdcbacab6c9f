import { describe, expect, it } from "vitest";
import { additiveWeigher } from "./additive-model.js";
import { GapScorer } from "./gap-scorer.js";
import { GAP_MODEL } from "./gap-weights.js";
import { LEARNED_ARTICLES_GAP_MODEL } from "./learned/decoder-articles-data.js";
import { LEARNED_DECODER_GAP_MODEL } from "./learned/decoder-gap-weights-data.js";
import { LEARNED_SHORT_STORIES_GAP_MODEL } from "./learned/decoder-short-stories-data.js";
import { loadFixtureArticles } from "./test-support/fixture-articles.js";
import { FeatureTable } from "./text-features.js";
import { GAP_TOPIC_FEATURE_NAMES, TopicContext, type TopicFeatures } from "./topic-features.js";

// The fixture articles' paragraphs run on, one after another: gaps inside stories and between.
const paragraphs = loadFixtureArticles()
  .slice(0, 6)
  .flatMap((article) => article.paragraphs);

describe("the gap scorer's topic ceiling", () => {
  const models = [
    ["gap by gap", GAP_MODEL],
    ["articles", LEARNED_ARTICLES_GAP_MODEL],
    ["briefs", LEARNED_DECODER_GAP_MODEL],
    ["short stories", LEARNED_SHORT_STORIES_GAP_MODEL],
  ] as const;
  it.each(models)(
    "bounds the topic evidence at every gap, near an article's start and far from it (%s)",
    (_, model) => {
      const scorer = new GapScorer(model);
      const weigh = additiveWeigher(GAP_TOPIC_FEATURE_NAMES, model.shapes);
      const table = new FeatureTable(paragraphs);
      const body = paragraphs.map((_, i) => i);
      for (const shortStories of [false, true]) {
        const topics = new TopicContext(table);
        topics.readsShortStories = shortStories;
        topics.reset(body);
        for (const start of [0, 5, 11]) {
          for (let g = start + 1; g < Math.min(body.length, start + 30); g++) {
            const features = {} as TopicFeatures;
            topics.measure(start, g, features);
            expect(weigh(0, features)).toBeLessThanOrEqual(
              scorer.topicCeiling(start, g, shortStories) + 1e-9,
            );
          }
        }
      }
    },
  );
});
