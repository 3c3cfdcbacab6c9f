import { type IngestionWorker, loadClassify, parse } from "@newsdesk/ingest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deskFormToken, signedInDesk } from "./test-support/desk-session.js";
import { startIngestionWorker } from "./test-support/ingestion-worker.js";
import type { WebClient } from "./test-support/web-client.js";
import { startTestWeb, TEST_ADMIN_TOKEN, type TestWeb } from "./test-support/web-harness.js";

/** Three made-up stories: trade in Germany, a cup final in Italy, a bus line in Ghana. */
const DUMP = [
  "Germany's exporters brace for new tariffs on machinery",
  "BERLIN — German machine-tool makers warned on Tuesday that new tariffs on their exports would cut orders, as the economy ministry in Berlin prepared talks on the trade dispute.",
  "Exports of industrial machinery fell for a third month, the statistics office said, and two firms in Stuttgart announced short-time work for their factory staff.",
  "",
  "Turin side wins the cup final on penalties",
  "TURIN, Italy — The home side beat their rivals on penalties in the cup final on Sunday after a goalless draw, and their coach dedicated the trophy to the club's supporters.",
  "The goalkeeper saved two spot kicks in the shoot-out, and the captain lifted the cup in front of a sold-out stadium.",
  "",
  "Accra's first rapid bus corridor opens",
  "ACCRA, Ghana — Buses began running on a dedicated lane between Accra's centre and Kasoa on Monday, and the Ghanaian transport ministry said the ride would take forty minutes less.",
  "Commuters queued at the new stations before sunrise, and officials in Accra said two more corridors would open within a year.",
  "",
].join("\n");

/**
 * The real parser, with the start confidences the parser-quality work gives (its release is
 * not this test's business): the second cut unsure, the third sure.
 */
const parseWithConfidence: typeof parse = (content) => {
  const parsed = parse(content);
  const confidences = [undefined, 0.45, 0.93];
  return {
    ...parsed,
    articles: parsed.articles.map((article, index) => ({
      ...article,
      startConfidence: confidences[index],
    })),
  };
};

// Ingest -> store -> pages: a dump through the real worker (parser, classifier, PGlite or
// PostgreSQL, Redis), then what the desk's pages, the article page and the email say of it.
describe("why a story is filed where it is, and how sure each cut is, from ingest to page", () => {
  let web: TestWeb;
  let worker: IngestionWorker;
  let client: WebClient;
  let dumpId: number;
  let ids: number[];

  beforeAll(async () => {
    web = await startTestWeb();
    worker = await startIngestionWorker(web, { parse: parseWithConfidence });
    client = await signedInDesk(web.app);
    const received = await web.app.inject({
      method: "POST",
      url: "/api/dumps?name=why-desk.txt",
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, "content-type": "text/plain" },
      payload: DUMP,
    });
    expect(received.statusCode).toBe(202);
    dumpId = received.json().id;
    // The worker parses and classifies in the background: the store says when it is done.
    await vi.waitFor(
      async () => {
        const articles = await web.store.listDumpArticles(dumpId);
        expect(articles.map((article) => article.classified)).toEqual([true, true, true]);
      },
      { timeout: 60_000, interval: 200 },
    );
    ids = (await web.store.listDumpArticles(dumpId)).map((article) => article.id);
  }, 90_000);
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  it("marks the cut the parser was unsure of on the dump's page, in words, and counts it in the list", async () => {
    const list = await client.get("/admin/dumps");
    expect(list.body).toContain('<th scope="col" class="num">Low-confidence cuts</th>');
    expect(list.body).toMatch(
      /why-desk\.txt<\/a><\/td>(?:\s*<td[^>]*>[^<]*<\/td>){9}\s*<td class="num">1<\/td>/,
    );

    const page = await client.get(`/admin/dumps/${dumpId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      "1 cut the parser was unsure of (below 60 %) is marked “low-confidence cut”: check it first.",
    );
    expect(page.body).toContain(`href="#article-${ids[1]}">#2,`);
    const cuts = page.body.split('<li id="article-').slice(1);
    expect(cuts[0]).not.toMatch(/confidence/);
    expect(cuts[1]).toContain('<span class="tag tag-warn">low-confidence cut (45 %)</span>');
    expect(cuts[2]).not.toContain("low-confidence cut");
    expect(cuts[2]).toContain("cut at 93 % confidence");
    // The article's own desk page says it too.
    const article = await client.get(`/admin/dumps/${dumpId}/articles/${ids[1]}`);
    expect(article.body).toContain('<span class="tag tag-warn">low-confidence cut (45 %)</span>');
  });

  it("says why the article is filed where it is, from the classifier's own evidence", async () => {
    const id = ids[0] as number;
    const stored = (await web.store.listDumpArticles(dumpId))[0];
    const evidence = stored?.evidence;
    expect(evidence?.beat?.length).toBeGreaterThan(0);
    expect(evidence?.region).toContain("Berlin");

    const page = await client.get(`/articles/${id}`);
    expect(page.statusCode).toBe(200);
    const why = page.body.match(/<p class="story-why">([^<]*)<\/p>/)?.[1] ?? "";
    expect(why).toMatch(/^Why \S[^:]*: .+ · Europe: .*Berlin/);
    for (const term of evidence?.beat ?? []) expect(why).toContain(term);

    // The email's card says it too, in fewer words.
    const email = await client.get("/preview/email?regions=europe");
    expect(email.body).toMatch(/>Why [^<]*&#183; Europe: [^<]*Berlin[^<]*<\/p>/);
  });

  it("says an editor set the beat once one has, also after reclassification", async () => {
    const id = ids[2] as number;
    const articleUrl = `/admin/dumps/${dumpId}/articles/${id}`;
    const edited = await client.post(`${articleUrl}/edit`, {
      _csrf: await deskFormToken(client, articleUrl),
      primaryBeat: "sport",
    });
    expect(edited.statusCode).toBe(303);
    const [article] = await web.store.getArticles([id]);
    if (!article) throw new Error("the article is gone");
    await web.store.saveLabels([{ articleId: id, labels: loadClassify()(article) }]);

    const page = await client.get(`/articles/${id}`);
    expect(page.body).toMatch(
      /<p class="story-why">Why Sport: set by an editor · Africa: [^<]*Accra[^<]*<\/p>/,
    );
    expect((await client.get(`/admin/dumps/${dumpId}`)).body).toContain(
      "Why Sport: set by an editor · Africa:",
    );
  });
});
