import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { startListeningWeb, subscribeAndOpenOutbox } from "./test-support/outbox-journey.js";
import type { TestWeb } from "./test-support/web-harness.js";

// The README's journey without a mail server: subscribe, then confirm from the email as the
// outbox shows it, in chromium. The email's links point at this very server (PUBLIC_URL).
describe.skipIf(noBrowser)("confirming a subscription from the outbox", () => {
  let web: TestWeb;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    web = await startListeningWeb();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it("opens the email's confirm link in a new tab, where the confirmation goes through", async () => {
    await subscribeAndOpenOutbox(page, web, "outbox-reader@example.org");
    await page.getByRole("link", { name: "Confirm your Newsdesk subscription" }).click();
    await page.waitForURL(/\/outbox\/.+\.eml$/);
    const button = page
      .frameLocator("iframe.email-frame")
      .getByRole("link", { name: "Confirm my subscription" });
    await expect.poll(() => button.count()).toBe(1);
    await screenshot(page, "outbox-confirmation-email");

    const [confirmTab] = await Promise.all([context.waitForEvent("page"), button.click()]);
    await confirmTab.waitForLoadState();
    expect(confirmTab.url()).toMatch(new RegExp(`^${web.url}/confirm\\?`));
    // A page of its own: the app's stylesheet applies and its form is not sandboxed.
    expect(await confirmTab.locator("h1").textContent()).toBe("Confirm your subscription");
    expect(await confirmTab.evaluate("getComputedStyle(document.body).fontFamily")).toContain(
      "Georgia",
    );
    await screenshot(confirmTab, "outbox-confirm-tab");
    await confirmTab.getByRole("button", { name: "Confirm my subscription" }).click();
    await confirmTab.waitForSelector("h1:has-text('You are subscribed')");
    await screenshot(confirmTab, "outbox-confirmed");

    const [row] = await web.store.db.query<{ status: string }>(
      "SELECT status FROM subscribers WHERE email = $1",
      ["outbox-reader@example.org"],
    );
    expect(row?.status).toBe("active");
    // The outbox itself stayed where it was.
    expect(page.url()).toMatch(/\/outbox\/.+\.eml$/);
  });
});
