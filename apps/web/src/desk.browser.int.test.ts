import { buildDigestEdition, renderPreview } from "@newsdesk/digest";
import { seedStories } from "@newsdesk/digest/test-support";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { signInWithToken } from "./test-support/browser-sign-in.js";
import { markEditionSent } from "./test-support/mark-edition-sent.js";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

// In a real browser, with no script of the app's own: every switch is a link.
describe.skipIf(noBrowser)("the desk's pages in chromium", () => {
  let web: TestWeb;
  let browser: Browser;
  let page: Page;
  let editionId: number;
  beforeAll(async () => {
    web = await startTestWeb();
    await seedStories(web.store, [
      { headline: "Senate passes the Orlan budget", region: "americas", beat: "politics" },
    ]);
    const built = await buildDigestEdition(web.store, "daily", new Date());
    if (!built) throw new Error("expected an edition");
    editionId = built.row.id;
    await markEditionSent(web.store, editionId);
    // Stored after that edition went out: the next one's, which the preview shows.
    await seedStories(web.store, [
      { headline: "Harbour cranes idle in Velmar", region: "europe", beat: "labour" },
      { headline: "Reservoirs fall around Tamsa", region: "africa", beat: "environment" },
    ]);
    // A digest in the outbox, as the sender writes it.
    const preview = await renderPreview(web.store.db, {
      frequency: "daily",
      segment: { regions: [], beats: [] },
      publicUrl: "http://localhost",
    });
    if (preview.kind !== "email") throw new Error("expected an email");
    await web.mailer.send({
      to: "ana@example.org",
      subject: preview.email.subject,
      html: preview.email.html,
      text: preview.email.text,
      messageId: "<digest-browser-1@news.example.org>",
      unsubscribeUrl: "http://localhost/unsubscribe?s=1&t=x",
    });
    await web.listen();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it("signs in on the way to a desk page, and comes back to it", async () => {
    await page.goto(`${web.url}/preview?regions=europe`);
    await page.waitForURL(/\/admin\?next=/);
    await screenshot(page, "admin-sign-in");
    await signInWithToken(page);
    await page.waitForURL(`${web.url}/preview?regions=europe`);
    expect(await page.locator("h1").textContent()).toBe("Newsletter preview");
  });

  it("previews the email, switches it to mobile width, dark mode and the plain text", async () => {
    await page.goto(`${web.url}/preview`);
    const frame = page.locator("iframe.email-frame");
    await expect.poll(async () => (await frame.boundingBox())?.width).toBeGreaterThanOrEqual(600);
    await expect
      .poll(() => page.frameLocator("iframe.email-frame").locator("body").textContent())
      .toContain("Harbour cranes idle in Velmar");
    await screenshot(page, "preview-desktop");

    await page.getByRole("link", { name: "Mobile (375 px)" }).click();
    await page.waitForURL(/width=mobile/);
    expect((await frame.boundingBox())?.width).toBe(375);
    await screenshot(page, "preview-mobile");

    await page.getByRole("link", { name: "Dark mode" }).click();
    await page.waitForURL(/theme=dark/);
    const emailFrame = page.frames().find((frame) => frame.url().includes("/preview/email?"));
    // An expression, not a function: the tests are compiled without the DOM's types.
    const background = await emailFrame?.evaluate(
      "getComputedStyle(document.querySelector('.nd-panel')).backgroundColor",
    );
    expect(background).toBe("rgb(26, 29, 35)");
    await screenshot(page, "preview-dark");

    await page.getByRole("link", { name: "Plain text" }).click();
    await page.waitForURL(/format=text/);
    await expect
      .poll(() => page.frameLocator("iframe.email-frame").locator("body").textContent())
      .toContain("TOP STORIES");
    await screenshot(page, "preview-text");
  });

  it("shows a captured email in the outbox", async () => {
    await page.goto(`${web.url}/outbox`);
    await screenshot(page, "outbox");
    await page.getByRole("link", { name: /Newsdesk daily/ }).click();
    await page.waitForURL(/\/outbox\/digest-browser-1/);
    await expect
      .poll(() => page.frameLocator("iframe.email-frame").locator("body").textContent())
      .toContain("Reservoirs fall around Tamsa");
    expect(await page.locator("table.headers").textContent()).toContain("List-Unsubscribe");
    await screenshot(page, "outbox-email");
  });

  it("uploads a dump through the admin page's form", async () => {
    await page.goto(`${web.url}/admin`);
    await screenshot(page, "admin");
    await page.getByLabel(/Dump file/).setInputFiles({
      name: "night-desk.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(
        [
          "Ferry to Saltmere resumes after storm repairs",
          "SALTMERE — The island ferry sailed again on Thursday after a week in dry dock, its ramp rebuilt by the harbour's own welders.",
          "",
          "Library in Dunhollow stays open until midnight",
          "DUNHOLLOW — The town library will keep its reading room open until midnight through the exam season, the council said.",
          "",
        ].join("\n"),
      ),
    });
    await page.getByRole("button", { name: "Upload the dump" }).click();
    await page.waitForURL(`${web.url}/admin/dumps`);
    expect(await page.locator("h1").textContent()).toBe("Dump received");
    expect(await page.getByRole("status").textContent()).toMatch(
      /^Queued for ingest as dump \d+\./,
    );
    await screenshot(page, "dump-received");
    const id = Number(
      /\/api\/dumps\/(\d+)$/.exec(
        (await page.locator('a[href^="/api/dumps/"]').getAttribute("href")) ?? "",
      )?.[1],
    );
    expect(await web.store.getDump(id)).toMatchObject({ name: "night-desk.txt", status: "queued" });
  });

  it("shows an edition that went out in the archive, and an article from it", async () => {
    await page.goto(`${web.url}/archive`);
    await screenshot(page, "archive");
    await page.locator(`a[href="/archive/${editionId}"]`).click();
    await page.waitForURL(`${web.url}/archive/${editionId}`);
    expect(await page.locator("h1").textContent()).toMatch(/^Daily digest, /);
    await screenshot(page, "archive-edition");
    await page.locator(".card h3 a", { hasText: "Senate passes the Orlan budget" }).click();
    await page.waitForURL(/\/articles\/\d+-[\w-]{16}$/);
    expect(await page.locator("h1").textContent()).toBe("Senate passes the Orlan budget");
    await screenshot(page, "article");
  });
});
