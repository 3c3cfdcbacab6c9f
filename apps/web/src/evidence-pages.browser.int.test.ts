import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, noBrowser, screenshot } from "./test-support/browser.js";
import { signInToDesk } from "./test-support/browser-sign-in.js";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

const AXE_SOURCE: string = createRequire(import.meta.url)("axe-core").source;

/** Made-up stories as the parser and the classifier would leave them. */
function story(n: number, headline: string, lede: string, startConfidence?: number) {
  return {
    headline,
    headlineSource: "dump" as const,
    dek: null,
    paragraphs: [lede, "A second paragraph follows the first one."],
    contributors: [],
    startLine: n * 10,
    endLine: n * 10 + 4,
    ...(startConfidence === undefined ? {} : { startConfidence }),
    wordCount: 30,
    contentHash: `evidence-browser-${n}`,
  };
}

/** axe-core's violations on the page as it is now (rule id and how many nodes). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

interface AxeResults {
  violations: { id: string; nodes: unknown[] }[];
}

// The pages that show the classifier's evidence and the parser's confidence, checked by axe in
// light and dark mode: no violations, and the low-confidence mark is text, not colour alone.
describe.skipIf(noBrowser)("the evidence and confidence pages, in chromium with axe", () => {
  let web: TestWeb;
  let browser: Browser;
  let dumpId: number;
  let articleId: number;
  let unsureId: number;

  beforeAll(async () => {
    web = await startTestWeb();
    const { dump } = await web.store.registerDump({
      name: "quay-desk.txt",
      content: new TextEncoder().encode("made-up dump for the evidence pages"),
    });
    dumpId = dump.id;
    const { articleIds } = await web.store.saveParsedDump(
      dumpId,
      [
        story(1, "Freight rates climb at Brennock", "BRENNOCK — Freight rates rose again."),
        story(2, "Ferry crews vote on pay", "Ferry crews voted on a pay offer.", 0.38),
        story(3, "Lantern fair opens in Ostry", "OSTRY — The lantern fair opened.", 0.88),
      ],
      0,
    );
    articleId = articleIds[0] as number;
    unsureId = articleIds[1] as number;
    await web.store.saveLabels(
      articleIds.map((id) => ({
        articleId: id,
        labels: {
          beats: [{ id: "economy-business-finance", score: 0.8 }],
          regions: [{ id: "europe", score: 0.9 }],
          places: [{ name: "Brennock", countryCode: "IE", mentions: 2 }],
          people: [],
          evidence: { beat: ["freight rates", "shipping"], region: ["Brennock"] },
        },
      })),
    );
    await web.listen();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no axe violations on the dump list, a dump, its article and the article page (${colorScheme})`, async () => {
      // axe is injected as a script: the app's CSP would refuse it, rightly.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      try {
        await signInToDesk(page, web.url);

        await page.goto(`${web.url}/admin/dumps`);
        expect(await axeViolations(page)).toEqual([]);

        await page.goto(`${web.url}/admin/dumps/${dumpId}`);
        await expect.poll(() => page.getByText("low-confidence cut (38 %)").count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `desk-dump-confidence-${colorScheme}`);

        await page.goto(`${web.url}/admin/dumps/${dumpId}/articles/${unsureId}`);
        expect(await page.getByText("low-confidence cut (38 %)").count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);

        await page.goto(`${web.url}/articles/${articleId}`);
        expect(await page.locator(".story-why").textContent()).toBe(
          "Why Business: freight rates, shipping · Europe: Brennock",
        );
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `article-why-${colorScheme}`);
      } finally {
        await context.close();
      }
    }, 60_000);
  }
});
