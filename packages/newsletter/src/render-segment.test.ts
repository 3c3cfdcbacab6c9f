import { describe, expect, it } from "vitest";
import { buildEdition } from "./build-edition.js";
import { InvalidLinkError, InvalidPublicUrlError } from "./errors.js";
import { fillForSubscriber } from "./fill-for-subscriber.js";
import { renderSegment } from "./render-segment.js";
import { clearEditionTemplates, editionTemplates } from "./templates.js";
import { fixtureArticles } from "./test-support/fixture-articles.js";
import { makeArticle } from "./test-support/make-article.js";
import { widerThanPhone } from "./test-support/wider-than-phone.js";
import type { Edition } from "./types.js";

const now = new Date("2026-03-10T12:00:00Z");
const publicUrl = "https://news.example.org";
const everyone = { regions: [], beats: [] };
const subscriber = {
  greeting: "Good morning, Ana & <Co>",
  unsubscribeUrl: "https://news.example.org/unsubscribe?token=a1b2&list=daily",
  preferencesUrl: "https://news.example.org/preferences?token=a1b2",
};
/** Gmail clips messages whose HTML is larger than about 102 KiB. */
const GMAIL_CLIP_BYTES = 102 * 1024;

function edition(articles = smallArticles()): Edition {
  const built = buildEdition({ articles, frequency: "daily", now });
  if (!built) throw new Error("expected an edition");
  return built;
}

function smallArticles() {
  return [
    makeArticle({
      id: 11,
      headline: "Harbour Cranes Idle as Dockers Strike in Velmar",
      paragraphs: [
        "Crane operators at the port of Velmar walked out on Monday over night-shift pay, leaving a dozen container ships at anchor. The port authority called the strike unlawful.",
      ],
      contributors: ["Ines Karsten", "Pavel Orlov"],
      beats: [
        { id: "labour", score: 0.9 },
        { id: "economy-business-finance", score: 0.7 },
      ],
      regions: [{ id: "europe", score: 0.9 }],
      evidence: { beat: ["strike", "night-shift pay", "walked out"], region: ["Velmar"] },
    }),
    makeArticle({
      id: 12,
      headline: "Drought Empties Reservoirs Around Tamsa",
      paragraphs: ["Reservoirs serving Tamsa fell to a fifth of capacity, the water board said."],
      beats: [{ id: "environment", score: 0.8 }],
      regions: [{ id: "africa", score: 0.8 }],
      // An editor moved it to Africa: its region is not the classifier's to explain.
      evidence: { beat: ["drought", "reservoirs"], region: null },
    }),
  ];
}

describe("renderSegment", () => {
  it("passes MJML's strict validation, with a preheader, dark mode, Outlook comments and a mobile layout", async () => {
    const template = await renderSegment(edition(), everyone, { publicUrl });
    expect(template?.warnings).toEqual([]);
    const { html } = fillForSubscriber(template as NonNullable<typeof template>, subscriber);
    expect(html).toMatch(/^<!doctype html>/i);
    // The preheader: hidden text first in the body, hidden by display and size, never by a
    // colour close to the background (SpamAssassin's HTML_FONT_LOW_CONTRAST).
    const preheader = html.match(
      /<body[^>]*>\s*<div[^>]*>\s*<div class="nd-preheader" style="([^"]*)">Drought Empties Reservoirs Around Tamsa<\/div>/,
    );
    expect(preheader?.[1]).toMatch(/display:none;.*max-height:0;.*opacity:0;.*mso-hide:all/);
    expect(preheader?.[1]).not.toMatch(/color|font-size/);
    // Dark mode.
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain("@media (prefers-color-scheme: dark)");
    // Outlook's conditional comments survive minification.
    expect(html).toContain("<!--[if mso | IE]>");
    expect(html).toContain("<![endif]-->");
    // 375 px: a viewport, columns that stack, and no fixed width over 375 px outside Outlook's tables.
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(widerThanPhone(html)).toEqual([]);
    // No tracking pixel, no click redirects: every link goes straight to the archive.
    expect(html).not.toMatch(/<img/i);
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(links.every((link) => link?.startsWith("https://news.example.org/"))).toBe(true);
    expect(links).toContain("https://news.example.org/articles/11");
  });

  it("shows article text as text: <script> in a dump is escaped, never run", async () => {
    const hostile = makeArticle({
      id: 21,
      headline: '<script>alert("x")</script> Headline',
      paragraphs: ['Body with <b>tags</b> and a "quote" & an =nd0:greeting= marker. Second.'],
      contributors: ["<img src=x onerror=alert(1)>"],
    });
    const template = await renderSegment(edition([hostile]), everyone, { publicUrl });
    const filled = fillForSubscriber(template as NonNullable<typeof template>, subscriber);
    expect(filled.html).not.toMatch(/<script|<b>|<img/i);
    expect(filled.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Headline");
    // An article quoting a slot marker does not receive a subscriber's values.
    expect(filled.html).toContain("&#x3D;nd0:greeting&#x3D;");
    expect(filled.text).toContain("an =nd0:greeting= marker");
    expect(filled.html).toContain("Good morning, Ana &amp; &lt;Co&gt;");
    // The plain-text part shows the text as it is.
    expect(filled.text).toContain('<script>alert("x")</script> Headline');
  });

  it("has a plain-text part with the lead, sections, cards and the subscriber's links", async () => {
    const template = await renderSegment(edition(), everyone, { publicUrl });
    const { text, subject, preheader } = fillForSubscriber(
      template as NonNullable<typeof template>,
      subscriber,
    );
    // "... and 1 more" would pass 70 characters: the whole headline goes instead.
    expect(subject).toBe("Newsdesk daily: Harbour Cranes Idle as Dockers Strike in Velmar");
    expect(preheader).toBe("Drought Empties Reservoirs Around Tamsa");
    expect(text).toMatchSnapshot();
  });

  it("renders the HTML a reviewer can read (snapshot)", async () => {
    const template = await renderSegment(
      edition(),
      { regions: ["europe"], beats: [] },
      { publicUrl },
    );
    const { html } = fillForSubscriber(template as NonNullable<typeof template>, subscriber);
    const body = html.slice(html.indexOf("<body"));
    expect(body.replace(/></g, ">\n<")).toMatchSnapshot();
  });

  it("keeps the largest edition the fixtures make under Gmail's clipping size", async () => {
    const largest = edition(fixtureArticles(now));
    const template = await renderSegment(largest, everyone, { publicUrl });
    expect(template?.articleIds.length).toBe(30);
    const { html } = fillForSubscriber(template as NonNullable<typeof template>, subscriber);
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeLessThan(GMAIL_CLIP_BYTES);
    // ASCII only (non-ASCII as character references): a one-byte string, cheap to fill.
    expect(html).not.toMatch(/[\u0080-\u{10ffff}]/u);
  });

  it("renders only the segment's regions and beats, and nothing for an empty segment", async () => {
    const template = await renderSegment(
      edition(),
      { regions: ["europe", "africa"], beats: ["labour"] },
      { publicUrl },
    );
    expect(template?.articleIds).toEqual([11]);
    expect(template?.key).toBe("regions=africa,europe;beats=labour");
    expect(
      await renderSegment(edition(), { regions: ["americas"], beats: [] }, { publicUrl }),
    ).toBeNull();
  });

  it("refuses links that are not absolute http(s) addresses", async () => {
    await expect(
      renderSegment(edition(), everyone, { publicUrl: "news.example.org" }),
    ).rejects.toThrow(InvalidPublicUrlError);
    const template = await renderSegment(edition(), everyone, { publicUrl });
    expect(() =>
      fillForSubscriber(template as NonNullable<typeof template>, {
        ...subscriber,
        unsubscribeUrl: 'javascript:alert("x")',
      }),
    ).toThrow(InvalidLinkError);
  });

  it("links to the edition as a web page when given its address, in the HTML and the text", async () => {
    const browserUrl = "https://news.example.org/archive/7?regions=europe";
    const template = await renderSegment(edition(), everyone, { publicUrl, browserUrl });
    const email = fillForSubscriber(template as NonNullable<typeof template>, subscriber);
    expect(email.html).toContain('href="https://news.example.org/archive/7?regions&#x3D;europe"');
    expect(email.html).toContain("View in your browser");
    expect(email.text).toContain(`View in your browser: ${browserUrl}`);
    const without = await renderSegment(edition(), everyone, { publicUrl });
    expect(without?.text.chunks.join("")).not.toContain("View in your browser");
  });

  it("rereads the templates after clearEditionTemplates", async () => {
    const first = editionTemplates();
    expect(editionTemplates()).toBe(first);
    clearEditionTemplates();
    expect(editionTemplates()).not.toBe(first);
  });
});
