import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

/** Screenshots of every page the browser tests visit, kept as CI artifacts (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));

const CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's chromium, or `CHROMIUM_PATH`; undefined when none is installed. */
export function chromiumPath(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CHROMIUM_PATHS;
  return candidates.find((path) => existsSync(path));
}

/**
 * Browser tests skip (with a warning) on a developer's machine without chromium; in CI
 * (`CI` set, as `.ci/run` does after installing chromium) they run, and fail if it is missing.
 */
export const noBrowser = !chromiumPath() && !process.env.CI;
if (noBrowser) {
  console.warn(
    "browser tests skipped: no chromium (install Debian's chromium, or set CHROMIUM_PATH)",
  );
}

/**
 * Headless chromium as this machine allows it: no sandbox (tests run as root), and none of
 * the background connections a closed network refuses.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      "no chromium found: install Debian's chromium (`apt-get install chromium`) or set CHROMIUM_PATH",
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Saves a full-page screenshot as `test-artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
