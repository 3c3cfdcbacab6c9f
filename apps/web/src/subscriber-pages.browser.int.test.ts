import { mailDomainOf, subscriberLinks } from "@newsdesk/digest";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { messagesTo } from "./test-support/web-client.js";
import { startTestWeb, TEST_SECRET, type TestWeb } from "./test-support/web-harness.js";

// A reader in chromium, from the front page to unsubscribing, on the real app (Redis, the
// store, the outbox). Every page is saved to test-artifacts/ for review.
describe.skipIf(noBrowser)("a reader in the browser", () => {
  let web: TestWeb;
  let browser: Browser;
  beforeAll(async () => {
    web = await startTestWeb();
    await web.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  /** Console errors other than HTTP statuses (which the tests expect): CSP violations, script errors. */
  const consoleErrors: string[] = [];

  async function openPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      timezoneId: "Europe/Lisbon",
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("console", (message) => {
      const text = message.text();
      if (message.type() === "error" && !text.startsWith("Failed to load resource")) {
        consoleErrors.push(text);
      }
    });
    return page;
  }

  /** The confirmation link of the newest email to `address`, on the test server. */
  async function confirmationLink(address: string): Promise<string> {
    const mails = await messagesTo(web.outboxDir, address);
    const link = /http:\/\/localhost(\/confirm\?\S+)/.exec(mails.at(-1)?.text ?? "")?.[1];
    if (!link) throw new Error(`no confirmation email to ${address}`);
    return `${web.url}${link}`;
  }

  it("subscribes, confirms from the email, changes preferences and unsubscribes from a digest's link", async () => {
    const page = await openPage();
    await page.goto(`${web.url}/`);
    await expect.poll(() => page.inputValue("#timezone")).toBe("Europe/Lisbon"); // time-zone.js
    await page.fill("#email", "reader@example.org");
    await page.check('input[name="regions"][value="europe"]');
    await page.check('input[name="regions"][value="africa"]');
    await page.check('input[name="beats"][value="health"]');
    await page.check('input[name="frequency"][value="weekly"]');
    await screenshot(page, "subscribe-form");
    await page.click('button[type="submit"]');
    await page.waitForURL(`${web.url}/subscribe/check-inbox`);
    expect(await page.textContent("h1")).toBe("Check your inbox");
    await screenshot(page, "subscribe-check-inbox");

    await page.goto(await confirmationLink("reader@example.org"));
    expect(await page.textContent("h1")).toBe("Confirm your subscription");
    expect(await page.textContent(".summary")).toContain("Africa, Europe");
    await screenshot(page, "confirm");
    await page.click("text=Confirm my subscription");
    await page.waitForSelector("h1:has-text('You are subscribed')");
    await screenshot(page, "confirmed");

    await page.click("text=Change preferences");
    await page.waitForSelector("h1:has-text('Preferences')");
    expect(await page.isChecked('input[name="regions"][value="africa"]')).toBe(true);
    expect(await page.inputValue("#timezone")).toBe("Europe/Lisbon");
    await screenshot(page, "preferences");
    await page.uncheck('input[name="regions"][value="africa"]');
    await page.check('input[name="regions"][value="americas"]');
    await page.check('input[name="frequency"][value="daily"]');
    await page.selectOption("#timezone", "America/New_York");
    await page.click('button[value="save"]');
    await page.waitForSelector("text=Saved.");
    await screenshot(page, "preferences-saved");
    await page.click('button[value="pause"]');
    await page.waitForSelector("text=Resume the digest");
    await screenshot(page, "preferences-paused");
    await page.click('button[value="resume"]');
    await page.waitForSelector("text=Pause the digest");

    const [subscriber] = await web.store.db.query<{ id: number }>(
      "SELECT id FROM subscribers WHERE email = 'reader@example.org'",
    );
    const id = subscriber?.id ?? 0;
    expect(await web.store.getSubscription(id)).toMatchObject({
      status: "active",
      regions: ["americas", "europe"],
      beats: ["health"],
      frequency: "daily",
      timezone: "America/New_York",
    });

    // The unsubscribe link every digest carries (and its List-Unsubscribe header).
    const { unsubscribeUrl } = subscriberLinks(
      {
        secret: TEST_SECRET,
        publicUrl: web.url,
        mailDomain: mailDomainOf("digest@news.example.org"),
      },
      id,
    );
    await page.goto(unsubscribeUrl);
    expect(await page.textContent("h1")).toBe("Unsubscribe from Newsdesk");
    await screenshot(page, "unsubscribe");
    await page.click('button:has-text("Unsubscribe")');
    await page.waitForSelector("h1:has-text('You are unsubscribed')");
    await screenshot(page, "unsubscribed");
    expect((await web.store.getSubscription(id))?.status).toBe("unsubscribed");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("works without JavaScript, and shows what to fix and refused links as pages", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${web.url}/`);
    expect(await page.inputValue("#timezone")).toBe("UTC");
    await page.fill("#email", "Someone <x@example.org>");
    // The browser's own check would stop a malformed address; the server's is what is tested.
    await page.$eval("form.subscribe-form", (form) => form.setAttribute("novalidate", ""));
    await page.click('button[type="submit"]');
    await page.waitForSelector(".field-problem");
    await screenshot(page, "subscribe-problem");

    await page.fill("#email", "nojs@example.org");
    await page.click('button[type="submit"]');
    await page.waitForURL(`${web.url}/subscribe/check-inbox`);
    await page.goto(await confirmationLink("nojs@example.org"));
    await page.click("text=Confirm my subscription");
    await page.waitForSelector("h1:has-text('You are subscribed')");

    const refused = await page.goto(`${web.url}/preferences?s=1&t=${"A".repeat(22)}`);
    expect(refused?.status()).toBe(403);
    await screenshot(page, "link-refused");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
