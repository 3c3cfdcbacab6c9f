import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deskFormToken, signedInDesk } from "./test-support/desk-session.js";
import type { WebClient } from "./test-support/web-client.js";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

const html = { accept: "text/html" };

/** Made-up stories, as the parser would give them. */
function story(n: number, headline: string, paragraphs: string[], derived = false) {
  return {
    headline,
    headlineSource: derived ? ("derived" as const) : ("dump" as const),
    dek: null,
    paragraphs,
    contributors: [],
    startLine: n * 10,
    endLine: n * 10 + 4,
    wordCount: paragraphs.join(" ").split(/\s+/).length,
    contentHash: `desk-dumps-${n}`,
  };
}

describe("the desk's dumps: articles as cut, and the editor's fixes", () => {
  let web: TestWeb;
  let client: WebClient;
  let dumpId: number;
  let ids: number[];

  beforeAll(async () => {
    web = await startTestWeb();
    client = await signedInDesk(web.app);
  });
  beforeEach(async () => {
    await web.store.reset();
    const { dump } = await web.store.registerDump({
      name: "harbour-desk.txt",
      content: new TextEncoder().encode("made-up dump"),
    });
    dumpId = dump.id;
    const saved = await web.store.saveParsedDump(
      dumpId,
      [
        story(1, "Quay wall at Brennock gives way", [
          "BRENNOCK — A section of the old quay wall slid into the harbour on Tuesday.",
          "Nobody was hurt, the harbour office said.",
        ]),
        story(
          2,
          "Divers inspect the quay",
          ["Divers from the port spent the afternoon below the wall."],
          true,
        ),
        story(3, "Night market returns to Ostry Square", [
          "OSTRY — The night market came back to the square after two winters away.",
          "Stallholders sold out of roast chestnuts by nine.",
          "Council workers begin relaying the square's cobbles next month, officials said.",
        ]),
      ],
      1,
    );
    ids = saved.articleIds;
    await web.store.saveLabels(
      ids.map((articleId) => ({
        articleId,
        labels: {
          beats: [{ id: "environment", score: 0.5 }],
          regions: [{ id: "europe", score: 0.75 }],
          places: [],
          people: [],
        },
      })),
    );
  });
  afterAll(async () => {
    await web?.close();
  });

  it("lists dumps with their counts, and a dump's articles with derived headlines marked", async () => {
    const list = await client.get("/admin/dumps");
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain("<h1>Dumps</h1>");
    expect(list.body).toContain(`href="/admin/dumps/${dumpId}"`);
    expect(list.body).toContain("harbour-desk.txt");
    expect(list.body).toContain('type="file"');

    const page = await client.get(`/admin/dumps/${dumpId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Quay wall at Brennock gives way");
    expect(page.body).toMatch(
      /\d+ articles as the parser cut them, in dump order: \d+ go to editions/,
    );
    expect(page.body).toMatch(/ · \d+ paragraphs? · /);
    expect(page.body).toMatch(
      /Divers inspect the quay<\/a><\/h2>\s*<p class="cut-meta">\s*<span class="tag"[^>]*>derived headline/,
    );
    expect(page.body).toContain("Environment");
    expect(page.body).toContain("Europe");
    // The first article has nothing above it to merge into.
    expect(page.body).not.toContain(`/articles/${ids[0]}/merge`);
    expect(page.body).toContain(`/articles/${ids[1]}/merge`);
  });

  it("answers 404 for a dump or an article that is not there", async () => {
    expect((await client.get("/admin/dumps/999")).statusCode).toBe(404);
    expect((await client.get(`/admin/dumps/${dumpId}/articles/999`)).statusCode).toBe(404);
    expect((await client.get("/admin/dumps/abc")).statusCode).toBe(404);
  });

  it("merges an article into the one above and fixes a headline; the preview shows both", async () => {
    const token = await deskFormToken(client, `/admin/dumps/${dumpId}`);
    const merged = await client.post(`/admin/dumps/${dumpId}/articles/${ids[1]}/merge`, {
      _csrf: token,
    });
    expect(merged.statusCode).toBe(303);
    expect(merged.headers.location).toBe(`/admin/dumps/${dumpId}?done=merged#article-${ids[0]}`);
    const after = await client.get(`/admin/dumps/${dumpId}?done=merged`);
    expect(after.body).toContain("Merged into the article above");
    expect(after.body).toContain(`merged into article ${ids[0]}`);

    expect((await client.get("/admin/audit")).body).toContain(
      `<td>article.merge</td><td>article ${ids[1]}</td><td>dumpId: ${dumpId}</td>`,
    );
    const articleUrl = `/admin/dumps/${dumpId}/articles/${ids[0]}`;
    const edited = await client.post(`${articleUrl}/edit`, {
      _csrf: await deskFormToken(client, articleUrl),
      headline: "Brennock quay wall collapses into harbour",
      dek: "Divers inspect what is left",
      primaryBeat: "politics",
      primaryRegion: "africa",
    });
    expect(edited.statusCode).toBe(303);
    const articlePage = await client.get(edited.headers.location as string);
    expect(articlePage.body).toContain("Saved.");
    expect(articlePage.body).toContain("Divers from the port spent the afternoon below the wall.");
    expect(articlePage.body).toMatch(
      /<td>admin token<\/td><td>edit: dek: Divers inspect what is left; headline: Brennock quay wall collapses into harbour; primary beat: politics/,
    );

    const preview = await client.get("/preview/email?regions=africa");
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain("Brennock quay wall collapses into harbour");
    expect(preview.body).not.toContain("Divers inspect the quay");
    // Reclassification replaces the labels, not the editor's filing.
    await web.store.saveLabels([
      {
        articleId: ids[0] as number,
        labels: {
          beats: [{ id: "weather", score: 0.9 }],
          regions: [{ id: "asia", score: 0.9 }],
          places: [],
          people: [],
        },
      },
    ]);
    const again = await client.get("/preview/email?regions=africa");
    expect(again.body).toContain("Brennock quay wall collapses into harbour");
  });

  it("splits an article at a paragraph and hides one, refusing a split at the first paragraph", async () => {
    const articleUrl = `/admin/dumps/${dumpId}/articles/${ids[2]}`;
    const page = await client.get(articleUrl);
    expect(page.body).toContain("Split before paragraph 3");
    expect(page.body).not.toContain("Split before paragraph 1<");
    const token = await deskFormToken(client, articleUrl);
    const refused = await client.post(`${articleUrl}/split`, { _csrf: token, at: "0" });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain("splits before one of its paragraphs 2 to 3");

    const split = await client.post(`${articleUrl}/split`, { _csrf: token, at: "2" });
    expect(split.statusCode).toBe(303);
    const dumpPage = await client.get((split.headers.location as string).split("#")[0] as string);
    expect(dumpPage.body).toContain("Split in two.");
    expect(dumpPage.body).toContain(`split from article ${ids[2]}`);
    // The parser's own rule wrote the new part's headline from its first sentence.
    expect(dumpPage.body).toContain("Council workers begin relaying the square");

    const hidden = await client.post(`/admin/dumps/${dumpId}/articles/${ids[2]}/hide`, {
      _csrf: token,
    });
    expect(hidden.statusCode).toBe(303);
    const preview = await client.get("/preview/email");
    expect(preview.body).not.toContain("Night market returns to Ostry Square");
    expect(preview.body).toContain("Council workers begin relaying");
  });

  it("refuses a form without its CSRF token, and any post without a session", async () => {
    const noToken = await client.post(`/admin/dumps/${dumpId}/articles/${ids[1]}/hide`, {});
    expect(noToken.statusCode).toBe(403);
    const anonymous = await web.app.inject({
      method: "POST",
      url: `/admin/dumps/${dumpId}/articles/${ids[1]}/hide`,
      headers: html,
      payload: {},
    });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe("/admin?done=not-saved");
    expect((await web.store.listDumpArticles(dumpId))[1]?.hidden).toBe(false);
  });
});
