import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { startTestWeb, TEST_ADMIN_TOKEN, type TestWeb } from "./test-support/web-harness.js";

/** A port free on 127.0.0.1 now: the app must know its own address before it listens. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The README's journey without a mail server: subscribe, then confirm from the email as the
// outbox shows it, in chromium. The email's links point at this very server (PUBLIC_URL).
describe.skipIf(noBrowser)("confirming a subscription from the outbox", () => {
  let web: TestWeb;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    web = await startTestWeb({ publicUrl: url });
    await web.app.listen({ port, host: "127.0.0.1" });
    web.url = url;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it("opens the email's confirm link in a new tab, where the confirmation goes through", async () => {
    await page.goto(`${web.url}/`);
    await page.fill("#email", "outbox-reader@example.org");
    await page.check('input[name="regions"][value="europe"]');
    await page.click('button[type="submit"]');
    await page.waitForURL(`${web.url}/subscribe/check-inbox`);

    await page.goto(`${web.url}/outbox`);
    await page.waitForURL(/\/admin\?next=/);
    await page.getByLabel("Admin token").fill(TEST_ADMIN_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${web.url}/outbox`);
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
