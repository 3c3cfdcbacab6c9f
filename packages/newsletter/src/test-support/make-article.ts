import type { EditionArticle } from "../types.js";

/** A hand-made classified article for unit tests; every field can be overridden. */
export function makeArticle(
  overrides: Partial<EditionArticle> & Pick<EditionArticle, "id">,
): EditionArticle {
  return {
    headline: `Headline ${words(overrides.id, 0, 4)}`,
    dek: null,
    paragraphs: [`Story ${words(overrides.id, 4, 12)} happened. It has a second sentence.`],
    contributors: [],
    wordCount: 600,
    publishedAt: new Date("2026-03-10T08:00:00Z"),
    beats: [{ id: "politics", score: 0.8 }],
    regions: [{ id: "europe", score: 0.8 }],
    ...overrides,
  };
}

/** Words no other id's article uses, so that hand-made articles are never near-duplicates. */
function words(id: number, from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(`w${id}x${k}`);
  return out.join(" ");
}
