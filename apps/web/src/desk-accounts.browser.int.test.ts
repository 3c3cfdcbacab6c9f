import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { signInAsAccount } from "./test-support/browser-sign-in.js";
import { addTestDeskUser } from "./test-support/desk-session.js";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

/** One made-up story, as the parser would give it. */
const STORY = {
  headline: "Ferry timetable changes on the Vell crossing",
  headlineSource: "dump" as const,
  dek: null,
  paragraphs: [
    "VELL — The ferry company said on Monday that the winter timetable starts a week early.",
    "The last crossing of the evening now leaves at nine.",
  ],
  contributors: [],
  startLine: 1,
  endLine: 3,
  wordCount: 26,
  contentHash: "desk-accounts-browser-1",
};

// A named editor signs in, fixes a headline, and the audit log names them; an admin's page
// is refused them with the 403 page.
describe.skipIf(noBrowser)("a named editor on the desk, in chromium", () => {
  let web: TestWeb;
  let browser: Browser;
  let page: Page;
  let dumpId: number;
  beforeAll(async () => {
    web = await startTestWeb();
    await addTestDeskUser(web.store, "ines@example.org", "admin", "Ines Duarte");
    await addTestDeskUser(web.store, "noor@example.org", "editor", "Noor Haddad");
    const { dump } = await web.store.registerDump({
      name: "ferry-desk.txt",
      content: new TextEncoder().encode("made-up ferry dump"),
    });
    dumpId = dump.id;
    const { articleIds } = await web.store.saveParsedDump(dump.id, [STORY], 0);
    await web.store.saveLabels(
      articleIds.map((articleId) => ({
        articleId,
        labels: {
          beats: [{ id: "economy", score: 0.6 }],
          regions: [{ id: "europe", score: 0.8 }],
          places: [],
          people: [],
        },
      })),
    );
    await web.listen();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it("signs in as the editor, fixes a headline, and finds it in the audit under the editor's name", async () => {
    await page.goto(`${web.url}/admin/dumps/${dumpId}`);
    await page.waitForURL(/\/admin\?next=/);
    // The desk has an admin account: the token's form is gone.
    expect(await page.getByLabel("Admin token").count()).toBe(0);
    await screenshot(page, "desk-accounts-sign-in");
    await signInAsAccount(page, "noor@example.org");
    await page.waitForURL(`${web.url}/admin/dumps/${dumpId}`);
    expect(await page.locator(".signed-in").textContent()).toBe(
      "Signed in as Noor Haddad (editor)",
    );

    await page.getByRole("link", { name: STORY.headline, exact: true }).click();
    await page.waitForURL(/\/articles\/\d+$/);
    await page
      .getByLabel("Headline", { exact: true })
      .fill("Ferry winter timetable starts a week early");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/done=edited/);

    await page.goto(`${web.url}/admin/audit`);
    const row = page.locator("tbody tr").filter({ hasText: "article.edit" });
    expect(await row.locator("td").nth(1).textContent()).toBe("Noor Haddad noor@example.org");
    await screenshot(page, "desk-accounts-audit");

    // What only an admin does is not offered, and refused when asked for.
    await page.goto(`${web.url}/admin`);
    expect(await page.getByRole("link", { name: "Users" }).count()).toBe(0);
    const refused = await page.goto(`${web.url}/admin/users`);
    expect(refused?.status()).toBe(403);
    expect(await page.locator("h1").textContent()).toBe("Only an admin can do that");
    await screenshot(page, "desk-accounts-editor-refused");
  }, 60_000);

  it("shows an admin the accounts page, where the editor is listed", async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await admin.goto(`${web.url}/admin/users`);
      await admin.waitForURL(/\/admin\?next=/);
      await signInAsAccount(admin, "ines@example.org");
      await admin.waitForURL(`${web.url}/admin/users`);
      expect(await admin.locator("tbody").textContent()).toContain("noor@example.org");
      await screenshot(admin, "desk-accounts-users");
    } finally {
      await admin.close();
    }
  });
});
