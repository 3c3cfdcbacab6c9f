import { readFile } from "node:fs/promises";
import type { IngestionWorker } from "@newsdesk/ingest";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_COOKIE } from "./admin/admin-session.js";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { signInAsAccount } from "./test-support/browser-sign-in.js";
import { addTestDeskUser } from "./test-support/desk-session.js";
import {
  type DigestWorkers,
  sendSlotAhead,
  startDigestWorkers,
} from "./test-support/digest-workers.js";
import { startIngestionWorker } from "./test-support/ingestion-worker.js";
import { startListeningWeb } from "./test-support/outbox-journey.js";
import { messagesTo } from "./test-support/web-client.js";
import type { TestWeb } from "./test-support/web-harness.js";

/** Three made-up stories; the second is the first one's sidebar, which the editor folds in. */
const DUMP = [
  "Flood barrier holds as the Rhine rises past Cologne",
  "COLOGNE, Germany — The city's mobile flood wall held through the night as the river rose to its highest level in nine years, the German water authority said on Friday.",
  "Crews from across North Rhine-Westphalia worked in shifts to raise the barrier by half a metre before dawn.",
  "",
  "Riverside shops count the cost of the high water",
  "COLOGNE, Germany — Shopkeepers along the riverside said on Friday they would wait for the water to fall before counting the damage, and the city council promised an emergency fund.",
  "A bakery owner said her cellar had flooded for the third time in ten years.",
  "",
  "Kenya opens a new rail link to the coast",
  "NAIROBI, Kenya — A new passenger line from Nairobi to Mombasa opened on Thursday, cutting the journey by two hours, the Kenyan transport ministry said.",
  "The first train left Nairobi at dawn with every seat sold, and the ministry said a second daily service would follow next month.",
  "",
].join("\n");

const FIXED_HEADLINE = "Cologne's flood wall holds through the night";

// The walk an editor takes: upload, review the cut, fix it, see it in the preview; then
// subscribers in and out as CSV; then the edition held, approved and sent by the digest's own
// workers, and read by a reader. Only the app's own pages, no script of its own.
describe.skipIf(noBrowser)("the desk's review of a dump and its subscribers, in chromium", () => {
  let web: TestWeb;
  let worker: IngestionWorker;
  let digest: DigestWorkers;
  let browser: Browser;
  let page: Page;
  /** The article the editor fixed, by number: what the edition's emails link. */
  let fixedArticleId: number;
  beforeAll(async () => {
    const timing = sendSlotAhead();
    web = await startListeningWeb({ schedule: timing.schedule });
    worker = await startIngestionWorker(web);
    digest = await startDigestWorkers(web, timing);
    await addTestDeskUser(web.store, "ines.okafor", "admin", "Ines Okafor");
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${web.url}/admin`);
    await signInAsAccount(page, "ines.okafor");
    await page.waitForURL(`${web.url}/admin`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await digest?.close();
    await worker?.close();
    await web?.close();
  });

  it("uploads a dump, shows its articles, merges two, fixes a headline and shows it in the preview", async () => {
    await page.goto(`${web.url}/admin/dumps`);
    await page.getByLabel(/Dump file/).setInputFiles({
      name: "river-desk.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(DUMP),
    });
    await page.getByRole("button", { name: "Upload the dump" }).click();
    await page.waitForURL(`${web.url}/admin/dumps`);
    await page.getByRole("link", { name: /^dump \d+$/ }).click();
    await page.waitForURL(/\/admin\/dumps\/\d+$/);
    const dumpUrl = page.url();
    // The worker parses and classifies it in the background; the page shows it once done.
    await expect
      .poll(
        async () => {
          await page.goto(dumpUrl);
          return (
            (await page.locator(".cut").count()) === 3 &&
            !(await page.getByText("Not classified yet").count())
          );
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    await screenshot(page, "desk-dump-articles");

    await page
      .getByRole("button", {
        name: "Merge into the article above (“Riverside shops count the cost of the high water”)",
      })
      .click();
    await page.waitForURL(/done=merged/);
    expect(await page.getByRole("status").textContent()).toContain("Merged into the article above");
    await screenshot(page, "desk-dump-merged");

    await page
      .getByRole("link", {
        name: "Flood barrier holds as the Rhine rises past Cologne",
        exact: true,
      })
      .click();
    await page.waitForURL(/\/articles\/\d+$/);
    fixedArticleId = Number(/\/articles\/(\d+)$/.exec(page.url())?.[1]);
    expect(await page.locator(".paragraphs").textContent()).toContain(
      "Shopkeepers along the riverside",
    );
    await page.getByLabel("Headline", { exact: true }).fill(FIXED_HEADLINE);
    await page.getByLabel("Primary region").selectOption("europe");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/done=edited/);
    await screenshot(page, "desk-article-edited");

    await page.goto(`${web.url}/preview`);
    const body = () => page.frameLocator("iframe.email-frame").locator("body").textContent();
    await expect.poll(body).toContain(FIXED_HEADLINE);
    expect(await body()).not.toContain("Riverside shops count the cost of the high water");
    await screenshot(page, "desk-preview-after-edit");

    // The next edition as a draft carries the fix too; a test send goes to the outbox.
    await page.goto(`${web.url}/admin/editions`);
    expect(await page.locator('section[aria-labelledby="draft-daily"]').textContent()).toContain(
      FIXED_HEADLINE,
    );
    await page.getByLabel("Send a test to").first().fill("desk@example.org");
    await page.getByRole("button", { name: "Send the test of the daily edition" }).click();
    await page.waitForURL(/done=test-sent/);
    await screenshot(page, "desk-editions");
    const [test] = await messagesTo(web.outboxDir, "desk@example.org");
    expect(test?.subject).toMatch(/^\[TEST\] /);
  }, 90_000);

  it("imports a CSV of subscribers and exports it", async () => {
    await page.goto(`${web.url}/admin/subscribers`);
    await page.getByLabel("CSV file").setInputFiles({
      name: "readers.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "email,regions,frequency\nmara@example.org,europe,weekly\ntobi@example.org,,daily\n",
      ),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.waitForURL(`${web.url}/admin/subscribers/import`);
    expect(await page.getByRole("status").textContent()).toContain("Imported 2 new addresses");
    expect(await page.locator("table").textContent()).toContain("mara@example.org");
    expect(await messagesTo(web.outboxDir, "tobi@example.org")).toHaveLength(1);
    await screenshot(page, "desk-subscribers-imported");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export these as CSV" }).click();
    const download = await downloading;
    const csv = await readFile((await download.path()) as string, "utf8");
    expect(csv.split("\n")[0]).toBe(
      "email,status,regions,beats,frequency,timezone,created_at,confirmed_at",
    );
    expect(csv).toContain("mara@example.org,pending,europe,,weekly,UTC,");
    expect(csv).toContain("tobi@example.org,pending,,,daily,UTC,");
  });

  it("brands the newsletter, then drops, restores and pins a story, each seen in the preview", async () => {
    const frame = () => page.frameLocator("iframe.email-frame").locator("body").textContent();
    await page.goto(`${web.url}/admin/branding`);
    await page.getByLabel("Newsletter name").fill("Tidewater Post");
    await page.getByLabel("Accent colour").fill("#ffcc00");
    await page.getByLabel("Intro line").fill("Good morning from the river desk.");
    await page.getByRole("button", { name: "Save the branding" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("Nothing was saved");
    expect(await page.locator("#accentColour-problem").textContent()).toMatch(
      /#ffcc00 reads 1\.\d\d:1 against white.*such as #[0-9a-f]{6}/,
    );
    await screenshot(page, "desk-branding-refused");
    await page.getByLabel("Accent colour").fill("#7a1f5c");
    await page.getByRole("button", { name: "Save the branding" }).click();
    await page.waitForURL(/\/admin\/branding\?done=saved/);
    expect(await page.locator(".masthead .brand").textContent()).toBe("Tidewater Post");
    await screenshot(page, "desk-branding");

    await page.goto(`${web.url}/preview`);
    await expect.poll(frame).toContain("Good morning from the river desk.");
    expect(await frame()).toContain("Tidewater Post");
    expect(await page.locator("main").textContent()).toContain("Tidewater Post daily:");
    await screenshot(page, "desk-preview-branded");

    const kenya = "Kenya opens a new rail link to the coast";
    const daily = () => page.locator('section[aria-labelledby="draft-daily"]');
    await page.goto(`${web.url}/admin/editions`);
    await daily()
      .getByRole("button", { name: `Drop ${kenya}`, exact: true })
      .click();
    await page.waitForURL(/done=picked/);
    expect(await page.locator('section[aria-labelledby="draft-daily"]').textContent()).toContain(
      "Dropped from this edition",
    );
    await page.goto(`${web.url}/preview`);
    await expect.poll(frame).not.toContain(kenya);

    await page.goto(`${web.url}/admin/editions`);
    await daily()
      .getByRole("button", { name: `Restore ${kenya}`, exact: true })
      .click();
    await page.waitForURL(/done=picked/);
    await daily()
      .getByRole("button", { name: `Pin ${kenya}`, exact: true })
      .click();
    await page.waitForURL(/done=picked/);
    expect(await daily().locator(".draft-card.pinned").first().textContent()).toContain(kenya);
    await screenshot(page, "desk-editions-picks");
    await page.goto(`${web.url}/preview`);
    await expect.poll(frame).toContain(kenya);
    await page.goto(`${web.url}/admin/audit`);
    expect(await page.locator("table").textContent()).toMatch(
      /edition\.pin.*edition\.restore.*edition\.drop.*branding\.save/s,
    );
  }, 90_000);

  it("holds the edition until approved, sends it, shows its status and emails, then makes it public", async () => {
    const reader = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const readerPage = await reader.newPage();
    const unsent = await readerPage.goto(`${web.url}/articles/${fixedArticleId}`);
    expect(unsent?.status()).toBe(404);

    // The session ends while the page is open: the save is refused, and the sign-in says so
    // and returns to the page, where the editor saves again.
    await page.goto(`${web.url}/admin/editions`);
    await page.context().clearCookies({ name: ADMIN_COOKIE });
    await page.getByLabel(/Hold it until an editor approves it/).check();
    await page.getByRole("button", { name: "Save the approval mode" }).click();
    await page.waitForURL(`${web.url}/admin?done=not-saved&next=%2Fadmin%2Feditions`);
    expect(await page.getByRole("status").textContent()).toContain("that change was not saved");
    await screenshot(page, "desk-sign-in-not-saved");
    await signInAsAccount(page, "ines.okafor");
    await page.waitForURL(`${web.url}/admin/editions`);
    expect(await web.store.approvalMode()).toBe("automatic");
    await page.getByLabel(/Hold it until an editor approves it/).check();
    await page.getByRole("button", { name: "Save the approval mode" }).click();
    await page.waitForURL(/done=mode/);

    // A reader imported as pending confirms from the outbox: the first of the edition's audience.
    await page.goto(`${web.url}/outbox`);
    await page
      .getByRole("row")
      .filter({ hasText: "tobi@example.org" })
      .getByRole("link", { name: "Confirm your Newsdesk subscription" })
      .click();
    await page.waitForURL(/\/outbox\/.+\.eml$/);
    const confirm = page
      .frameLocator("iframe.email-frame")
      .getByRole("link", { name: "Confirm my subscription" });
    const [confirmTab] = await Promise.all([page.context().waitForEvent("page"), confirm.click()]);
    await confirmTab.getByRole("button", { name: "Confirm my subscription" }).click();
    await confirmTab.waitForSelector("h1:has-text('You are subscribed')");
    await confirmTab.close();

    // The digest's schedule builds the due edition and holds it as a draft.
    const row = () => page.getByRole("row").filter({ hasText: /^\s*\d+ · Daily/ });
    await expect
      .poll(
        async () => {
          await page.goto(`${web.url}/admin/editions`);
          return row().textContent();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toContain("waiting for approval");
    await screenshot(page, "desk-editions-held");
    expect(await messagesTo(web.outboxDir, "tobi@example.org")).toHaveLength(1);

    await row()
      .getByRole("button", { name: /^Approve edition \d+$/ })
      .click();
    await page.waitForURL(/done=approved/);
    // The next tick prepares it and the deliver worker mails it; the page says so.
    const cells = async () => {
      await page.goto(`${web.url}/admin/editions`);
      return (await row().locator("td").allTextContents()).map((cell) => cell.trim());
    };
    await expect
      .poll(async () => (await cells()).slice(3, 8), { timeout: 30_000, interval: 500 })
      .toEqual(["1", "0", "1", "0", "0"]);
    expect((await cells())[1]).toMatch(/^sent\s+approved by Ines Okafor, /);
    await screenshot(page, "desk-editions-sent");
    const [, edition] = await messagesTo(web.outboxDir, "tobi@example.org");
    expect(edition?.subject).toContain("Tidewater Post");
    expect(edition?.text).toContain(FIXED_HEADLINE);

    await page.goto(`${web.url}/outbox`);
    await page
      .getByRole("row")
      .filter({ hasText: "tobi@example.org" })
      .getByRole("link", { name: edition?.subject ?? "" })
      .click();
    await page.waitForURL(/\/outbox\/.+\.eml$/);
    const frame = () => page.frameLocator("iframe.email-frame").locator("body").textContent();
    await expect.poll(frame).toContain(FIXED_HEADLINE);
    await screenshot(page, "outbox-edition");
    await page.goto(`${web.url}/admin/audit`);
    expect(await page.locator("table").textContent()).toMatch(
      /Ines Okafor.*edition\.approve.*Ines Okafor.*editions\.approval-mode/s,
    );

    // Sent: the archive shows it to anyone, and the article it names.
    await readerPage.goto(`${web.url}/archive`);
    await readerPage.getByRole("link", { name: /^Daily digest, / }).click();
    await readerPage.waitForURL(/\/archive\/\d+$/);
    await screenshot(readerPage, "archive-edition-sent");
    await readerPage.getByRole("link", { name: FIXED_HEADLINE }).first().click();
    await readerPage.waitForURL(/\/articles\/\d+-[\w-]+$/);
    expect(await readerPage.locator("h1").textContent()).toBe(FIXED_HEADLINE);
    expect(await readerPage.locator(".story-body").textContent()).toContain(
      "Shopkeepers along the riverside",
    );
    await screenshot(readerPage, "archive-article-sent");
    const byNumber = await readerPage.goto(`${web.url}/articles/${fixedArticleId}`);
    expect(byNumber?.status()).toBe(200);
    await reader.close();
  }, 120_000);
});
