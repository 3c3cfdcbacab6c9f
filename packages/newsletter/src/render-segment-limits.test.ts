import { describe, expect, it } from "vitest";
import { buildEdition } from "./build-edition.js";
import { fillForSubscriber } from "./fill-for-subscriber.js";
import { renderSegment, type SegmentTemplate } from "./render-segment.js";
import { fixtureArticles } from "./test-support/fixture-articles.js";
import { makeArticle } from "./test-support/make-article.js";
import type { EditionArticle } from "./types.js";

const now = new Date("2026-03-10T12:00:00Z");
const publicUrl = "https://news.example.org";
const browserUrl = "https://news.example.org/archive/9";
const everyone = { regions: [], beats: [] };
const subscriber = {
  greeting: "Hello,",
  unsubscribeUrl: "https://news.example.org/unsubscribe?token=a1",
  preferencesUrl: "https://news.example.org/preferences?token=a1",
};

function render(articles: EditionArticle[], options: { capPerRegion?: number } = {}) {
  const edition = buildEdition({ articles, frequency: "daily", now, ...options });
  if (!edition) throw new Error("expected an edition");
  return edition;
}

const fill = (template: SegmentTemplate | null) => {
  if (!template) throw new Error("expected a template");
  return fillForSubscriber(template, subscriber);
};

/** The HTML as a reader sees it: tags gone, so words run together only if the text does. */
const visibleText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ");

describe("renderSegment's limits", () => {
  const europe = Array.from({ length: 10 }, (_, k) => makeArticle({ id: k + 1 }));

  it("shows each region's cap and how many more stories it has, linked to the web edition", async () => {
    const edition = render(europe, { capPerRegion: 6 });
    const linked = fill(await renderSegment(edition, everyone, { publicUrl, browserUrl }));
    expect(linked.html).toContain(
      `<a href="${browserUrl}#europe" style="color:#0b57d0;">4 more stories from Europe</a> (6 of 10 shown)`,
    );
    expect(linked.text).toContain(
      `4 more stories from Europe (6 of 10 shown): ${browserUrl}#europe`,
    );
    const unlinked = fill(await renderSegment(edition, everyone, { publicUrl }));
    expect(unlinked.html).toContain("4 more stories from Europe (6 of 10 shown)");
    expect(unlinked.html).not.toContain("#europe");
    const full = fill(await renderSegment(render(europe.slice(0, 6)), everyone, { publicUrl }));
    expect(full.text).not.toContain("more stories");
  });

  it("counts in its intro exactly the stories it shows", async () => {
    const template = await renderSegment(render(europe, { capPerRegion: 6 }), everyone, {
      publicUrl,
    });
    expect(template?.storyCount).toBe(6);
    expect(template?.articleIds).toHaveLength(6);
    expect(fill(template).text).toContain("6 stories from Europe.");
  });

  it("trims an email past Gmail's clipping size, least salient first, and warns the caller", async () => {
    const edition = render(fixtureArticles(now));
    const whole = await renderSegment(edition, everyone, { publicUrl });
    const template = await renderSegment(edition, everyone, { publicUrl, maxHtmlBytes: 30_000 });
    if (!whole || !template) throw new Error("expected templates");
    const html = template.html.chunks.join("");
    expect(html.length).toBeLessThanOrEqual(30_000);
    expect(template.trimmed).toMatchObject({
      storiesLeftOut: whole.storyCount - template.storyCount,
    });
    expect(template.trimmed?.htmlBytesBefore).toBeGreaterThan(30_000);
    expect(template.trimmed?.htmlBytes).toBeLessThanOrEqual(30_000);
    expect(template.storyCount).toBeGreaterThan(0);
    expect(template.warnings[0]).toMatch(
      /past its 29\.3 KiB limit \(Gmail clips an email past 102 KiB\)/,
    );
    expect(template.warnings[0]).toMatch(/its \d+ least salient stories of \d+ were left out/);
    // The stories kept are the most salient ones; the regions' "more" links count the rest.
    const salience = new Map(
      edition.sections.flatMap((section) => section.items.map((i) => [i.articleId, i.salience])),
    );
    const kept = template.articleIds.map((id) => salience.get(id) as number);
    const dropped = whole.articleIds
      .filter((id) => !template.articleIds.includes(id))
      .map((id) => salience.get(id) as number);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(Math.max(...dropped));
    const more = [...fill(template).text.matchAll(/(\d+) more stor(?:y|ies) from/g)];
    const counted = more.reduce((total, match) => total + Number(match[1]), 0);
    expect(counted).toBeGreaterThanOrEqual(template.trimmed?.storiesLeftOut ?? 0);
    expect(fill(template).text).toContain(`${template.storyCount} stories from`);
    expect(whole.trimmed).toBeNull();
    expect(whole.warnings).toEqual([]);
  });

  it("separates beat chips so they never read as one word, in the HTML and the text", async () => {
    const article = makeArticle({
      id: 1,
      beats: [
        { id: "environment", score: 0.9 },
        { id: "economy-business-finance", score: 0.8 },
        { id: "politics", score: 0.7 },
      ],
    });
    const email = fill(await renderSegment(render([article]), everyone, { publicUrl }));
    expect(visibleText(email.html)).toContain("Environment Business Politics");
    expect(email.text).toContain("[Environment | Business | Politics]");
  });

  it("counts the folded reports a card does not link", async () => {
    const lede = (n: number) =>
      `Rescuers in Valdora pulled eleven miners from the flooded Kestrel shaft after a three-day operation led by Mira Tollan, report ${n}.`;
    const reports = Array.from({ length: 6 }, (_, k) =>
      makeArticle({
        id: k + 1,
        headline: `Kestrel Shaft Rescue, Report ${k + 1}`,
        paragraphs: [lede(k + 1)],
      }),
    );
    const email = fill(await renderSegment(render(reports), everyone, { publicUrl }));
    expect(email.html).toMatch(
      /Also in this edition: .*Report 2.*Report 3.*Report 4.*\(2 more reports of this story\)/,
    );
    expect(email.text).toContain("(2 more reports of this story in this edition)");
  });
});
