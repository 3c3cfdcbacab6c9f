import { describe, expect, it } from "vitest";
import { emptySpan } from "./article-span.js";
import { parseDump } from "./parse-dump.js";
import { headSentenceTitles, isSentenceTitle } from "./sentence-titles.js";
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
    // One sentence with an abbreviation's stop inside it.
    expect(sentenceTitle("Rep. Osric Pell Wants Three More Kestrel Bay Ferries.")).toBe(false);
  });

  it("heads an article found without a headline, over prose", () => {
    const [article] = parseDump([TITLE, ...ORCHARDS].join("\n")).articles;
    expect(article?.headline).toBe(TITLE);
    expect(article?.headlineSource).toBe("dump");
    expect(article?.paragraphs[0]).toBe(ORCHARDS[0]);
  });

  it("leaves a short lede of two sentences in the body, and a span that has its headline", () => {
    const [lede] = parseDump([SHORT_LEDE, ...ORCHARDS].join("\n")).articles;
    expect(lede?.headlineSource).toBe("derived");
    expect(lede?.paragraphs[0]).toBe(SHORT_LEDE);
    const texts = ["Frost Takes Half of Vell Valley Apple Blossom", TITLE, ...ORCHARDS];
    const table = new FeatureTable(texts);
    const span = { ...emptySpan(0), last: texts.length - 1, headline: 0 };
    const [headed] = headSentenceTitles([span], oneALine(texts), table.paragraphs);
    expect(headed?.headline).toBe(0);
  });

  it("takes no title with nothing but another title under it", () => {
    const texts = [TITLE, "Frost Takes Half of Vell Valley Apple Blossom"];
    const table = new FeatureTable(texts);
    const span = { ...emptySpan(0), last: 1 };
    expect(headSentenceTitles([span], oneALine(texts), table.paragraphs)[0]?.headline).toBeNull();
  });
});
