import { buildDigestEdition } from "@newsdesk/digest";
import { seedStories } from "@newsdesk/digest/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleRef } from "./archive/article-ref.js";
import { EMAIL_FRAME_CSP } from "./email-frame.js";
import { markEditionSent, prepareEdition } from "./test-support/mark-edition-sent.js";
import {
  startTestWeb,
  TEST_ADMIN_TOKEN,
  TEST_SECRET,
  type TestWeb,
} from "./test-support/web-harness.js";

const html = { accept: "text/html" };
/** The desk: the preview and unsent articles need the admin token. */
const desk = { accept: "text/html", authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const bearer = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

/** Handlebars escapes `=` and `&` in attributes; browsers read them back, so do the tests. */
const readAsBrowser = (body: string) =>
  body.replaceAll("&#x3D;", "=").replaceAll("&#x27;", "'").replaceAll("&amp;", "&");

/** An article stored from a dump of its own and left unclassified, so no edition takes it. */
async function storeUnclassified(store: TestWeb["store"], headline: string): Promise<number> {
  const { dump } = await store.registerDump({
    name: "late.txt",
    content: new TextEncoder().encode(headline),
  });
  const { articleIds } = await store.saveParsedDump(
    dump.id,
    [
      {
        headline,
        headlineSource: "dump",
        dek: null,
        paragraphs: [`${headline}: the harbour office posted the new times on Friday.`],
        contributors: [],
        startLine: 1,
        endLine: 1,
        wordCount: 12,
        contentHash: `late-${headline}`,
      },
    ],
    0,
  );
  return articleIds[0] as number;
}

describe("preview, archive and articles", () => {
  let web: TestWeb;
  let articleIds: number[];
  let editionId: number;
  /** Stored but never classified: no edition names it. */
  let laterId: number;
  beforeAll(async () => {
    web = await startTestWeb();
    articleIds = await seedStories(web.store, [
      { headline: "Harbour cranes idle in Velmar", region: "europe", beat: "labour" },
      { headline: "Reservoirs fall around Tamsa", region: "africa", beat: "environment" },
      { headline: "Senate passes the Orlan budget", region: "americas", beat: "politics" },
    ]);
    const built = await buildDigestEdition(web.store, "daily", new Date());
    if (!built) throw new Error("expected an edition");
    editionId = built.row.id;
    laterId = await storeUnclassified(web.store, "Ferry timetable changes in Saltmere");
  });
  afterAll(async () => {
    await web?.close();
  });

  it("previews the email with its size, switches and a link check in which every card resolves", async () => {
    const response = await web.app.inject({
      url: "/preview?regions=europe&regions=africa",
      headers: desk,
    });
    expect(response.statusCode).toBe(200);
    const page = readAsBrowser(response.body);
    expect(page).toContain("Newsletter preview");
    expect(page).toMatch(/of Gmail's 102\.0 KiB clipping limit/);
    expect(page).toMatch(/<dd>\d+ links, /);
    expect(page).toContain(
      'src="/preview/email?regions=europe&regions=africa&frequency=daily&width=desktop&theme=light&format=html"',
    );
    expect(page).toContain(
      'href="/preview?regions=europe&regions=africa&frequency=daily&width=mobile&theme=light&format=html"',
    );
    expect(page).toContain('class="email-frame width-desktop"');
    // Cards link to /articles/:id, which the check asked the app for.
    const europe = articleIds[0] as number;
    expect(page).toContain(`http://localhost/articles/${europe}`);
    expect(page).not.toContain(`http://localhost/articles/${articleIds[2]}`);
    expect(page).toContain("none broken");
    expect(page).toContain("signed for each subscriber when sent");
    expect(page).not.toContain("<script");
  });

  it("serves the email for its frame with a policy of its own, dark and plain text on request", async () => {
    const email = await web.app.inject({ url: "/preview/email?regions=europe", headers: bearer });
    expect(email.statusCode).toBe(200);
    expect(email.headers["content-type"]).toContain("text/html");
    expect(email.headers["content-security-policy"]).toBe(EMAIL_FRAME_CSP);
    expect(email.body).toContain("Harbour cranes idle in Velmar");
    expect(email.body).toContain("prefers-color-scheme");
    const dark = await web.app.inject({
      url: "/preview/email?regions=europe&theme=dark",
      headers: bearer,
    });
    expect(dark.body).not.toContain("prefers-color-scheme");
    const text = await web.app.inject({
      url: "/preview/email?regions=europe&format=text",
      headers: bearer,
    });
    expect(text.headers["content-type"]).toContain("text/plain");
    expect(text.body).toContain("TOP STORIES");
    expect(text.body).toContain(`Read the full story: http://localhost/articles/${articleIds[0]}`);
  });

  it("says what to do when nothing matches, and refuses unknown choices with 400", async () => {
    const none = await web.app.inject({ url: "/preview?beats=weather", headers: desk });
    expect(none.statusCode).toBe(200);
    expect(none.body).toMatch(
      /Nothing in the period since [0-9-]+ [0-9:]+ UTC matches these regions and beats/,
    );
    const bad = await web.app.inject({ url: "/preview?regions=atlantis", headers: desk });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("regions: unknown region: use africa");
    expect((await web.app.inject({ url: "/preview/events", headers: bearer })).statusCode).toBe(
      404,
    );
  });

  it("shows nobody an edition before it went out, nor its articles; the desk sees them", async () => {
    await prepareEdition(web.store, editionId); // its audience frozen, no email sent yet
    const archive = await web.app.inject({ url: "/archive", headers: html });
    expect(archive.statusCode).toBe(200);
    expect(archive.body).not.toContain(`href="/archive/${editionId}"`);
    expect((await web.app.inject({ url: `/archive/${editionId}`, headers: html })).statusCode).toBe(
      404,
    );
    const europe = articleIds[0] as number;
    for (const url of [`/articles/${europe}`, `/articles/${articleRef(TEST_SECRET, europe)}`]) {
      const response = await web.app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain("Harbour cranes idle in Velmar");
    }
    const forDesk = await web.app.inject({ url: `/articles/${europe}`, headers: desk });
    expect(forDesk.statusCode).toBe(200);
    expect(forDesk.body).toContain("<h1>Harbour cranes idle in Velmar</h1>");
    expect(forDesk.body).toContain("Only the desk sees this page");
  });

  it("lists an edition once it went out and shows it as a web page, narrowed by the link's segment", async () => {
    await markEditionSent(web.store, editionId);
    const archive = await web.app.inject({ url: "/archive", headers: html });
    expect(archive.statusCode).toBe(200);
    expect(archive.body).toContain(`href="/archive/${editionId}"`);
    const whole = await web.app.inject({ url: `/archive/${editionId}`, headers: html });
    expect(whole.statusCode).toBe(200);
    expect(whole.body).toContain("Harbour cranes idle in Velmar");
    expect(whole.body).toContain("Senate passes the Orlan budget");
    // Where each email's "N more stories from Europe" link leads: the whole region.
    expect(whole.body).toMatch(
      /<section class="region" id="europe"[^>]*>\s*<h2 id="h-europe">Europe <span class="muted">1 story<\/span>/,
    );
    // Articles by a reference that cannot be counted up, not by their number.
    const africa = articleIds[1] as number;
    expect(whole.body).toContain(`href="/articles/${articleRef(TEST_SECRET, africa)}"`);
    expect(whole.body).not.toContain(`href="/articles/${africa}"`);
    const narrowed = await web.app.inject({
      url: `/archive/${editionId}?regions=europe`,
      headers: html,
    });
    expect(narrowed.body).toContain("Harbour cranes idle in Velmar");
    expect(narrowed.body).not.toContain("Senate passes the Orlan budget");
    expect(narrowed.body).toContain("Showing the stories for Europe");
  });

  it("shows an article of a sent edition with its beats and regions; the desk sees where it came from", async () => {
    const europe = articleIds[0] as number;
    // By the archive's reference, and by the number the emails link.
    for (const url of [`/articles/${articleRef(TEST_SECRET, europe)}`, `/articles/${europe}`]) {
      const response = await web.app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain("<h1>Harbour cranes idle in Velmar</h1>");
      expect(response.body).toContain("Labour");
      expect(response.body).toContain("Europe");
      expect(response.body).not.toContain("seed.txt");
      expect(response.body).not.toContain("Only the desk sees this page");
    }
    const forDesk = await web.app.inject({ url: `/articles/${europe}`, headers: desk });
    expect(forDesk.body).toContain("seed.txt");
    expect(forDesk.body).not.toContain("Only the desk sees this page");
  });

  it("keeps an article no sent edition named from readers, whatever it is called", async () => {
    const europe = articleIds[0] as number;
    const neighbour = articleRef(TEST_SECRET, europe).replace(`${europe}-`, `${laterId}-`);
    for (const url of [
      `/articles/${laterId}`,
      `/articles/${articleRef(TEST_SECRET, laterId)}`,
      `/articles/${articleRef("another-secret-0123456789", europe)}`,
      `/articles/${neighbour}`,
    ]) {
      const response = await web.app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain("Ferry timetable changes in Saltmere");
    }
  });

  it("answers unknown and non-numeric ids with a 404 page", async () => {
    for (const url of [
      "/archive/999999",
      "/archive/abc",
      "/archive/-1",
      "/articles/999999",
      "/articles/12abc",
      "/articles/1.5",
    ]) {
      const response = await web.app.inject({ url, headers: html });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).toMatch(/archive/);
    }
  });
});
