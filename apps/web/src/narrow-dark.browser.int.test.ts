import { contrastRatio } from "@newsdesk/newsletter";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { startListeningWeb, subscribeAndOpenOutbox } from "./test-support/outbox-journey.js";
import type { TestWeb } from "./test-support/web-harness.js";

// A phone in dark mode: the issue measured the outbox 43 px too wide at 375 px and the dark
// buttons at 2.78:1.
describe.skipIf(noBrowser)("the site on a 375 px phone in dark mode", () => {
  let web: TestWeb;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    web = await startListeningWeb();
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      colorScheme: "dark",
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  it("gives the subscribe page's primary button text at 4.5:1 or more", async () => {
    await page.goto(`${web.url}/`);
    // Expressions, not functions: the tests are compiled without the DOM's types.
    const [color, background] = (await page.evaluate(
      `(() => { const s = getComputedStyle(document.querySelector('button[type="submit"]')); return [s.color, s.backgroundColor]; })()`,
    )) as [string, string];
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(4.5);
  });

  it("fits the outbox, with an email in it, in 375 px without a horizontal scroll", async () => {
    await subscribeAndOpenOutbox(page, web, "reader.with.a.rather.long.name@newsroom.example.org");
    await expect
      .poll(() => page.getByRole("link", { name: "Confirm your Newsdesk subscription" }).count())
      .toBe(1);
    await screenshot(page, "outbox-375-dark");
    // The widest elements, named, so a failure says what overflows.
    const overflowing = await page.evaluate(
      `[...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 375.5)
        .map((el) => el.tagName.toLowerCase() + "." + el.className + " " + Math.round(el.getBoundingClientRect().right))`,
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(375);
  });
});
