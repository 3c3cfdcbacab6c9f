import { describe, expect, it } from "vitest";
import { ArticleSoFar } from "./article-so-far.js";
import { headAt } from "./head-at.js";
import { isSentenceTitle } from "./sentence-titles.js";
import { oneALine } from "./test-support/one-a-line.js";
import { FeatureTable, paragraphFeatures } from "./text-features.js";

// Written for this test: a title written as two sentences, short ledes of two sentences, and an
// orchard story under them.
const TITLE = "The Vell Valley Lost Half Its Apple Blossom. Here's Why It Matters.";
const SHORT_LEDE = "The harbour board met on Tuesday. It voted to add three crossings.";
const ORCHARDS = [
  "Apple growers across the Vell valley say a frost in the first week of May destroyed half of the orchards' blossom.",
  "The growers' cooperative in the Vell valley has asked the council for loans to pay pickers through a thin apple harvest.",
  "Some orchards lit fires between the rows overnight, but the frost settled too fast in the lower fields.",
];

const sentenceTitle = (text: string) => isSentenceTitle(text, paragraphFeatures(text));

describe("titles written as sentences", () => {
  it("takes a short line of two sentences the headline model scores as a title", () => {
    expect(sentenceTitle(TITLE)).toBe(true);
  });

  it("leaves a short lede of two sentences, one sentence, and a headline-like line", () => {
    expect(sentenceTitle(SHORT_LEDE)).toBe(false);
    expect(sentenceTitle("The Vell Valley Lost Half Its Apple Blossom.")).toBe(false);
    expect(sentenceTitle("The Vell Valley Lost Half Its Apple Blossom")).toBe(false);
  });

  it("heads an article where one starts, never inside a run of text", () => {
    const texts = [TITLE, ...ORCHARDS];
    const table = new FeatureTable(texts);
    const soFar = new ArticleSoFar(table);
    soFar.reset(0, 0);
    const head = headAt(oneALine(texts), table, 0, true, soFar);
    expect(head?.span.headline).toBe(0);
    expect(head?.bodyStart).toBeGreaterThan(0);
    expect(headAt(oneALine(texts), table, 0, false, soFar)).toBeNull();
  });
});
