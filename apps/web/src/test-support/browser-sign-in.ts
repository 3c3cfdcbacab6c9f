import type { Page } from "playwright-core";
import { TEST_PASSWORD } from "./desk-session.js";
import { TEST_ADMIN_TOKEN } from "./web-harness.js";

/** Fills the sign-in page the browser is on with the admin token (no admin account yet). */
export async function signInWithToken(page: Page): Promise<void> {
  await page.getByLabel("Admin token").fill(TEST_ADMIN_TOKEN);
  await page.getByRole("button", { name: "Sign in with the token" }).click();
}

/** Fills the sign-in page the browser is on with an account made by `addTestDeskUser`. */
export async function signInAsAccount(page: Page, login: string): Promise<void> {
  await page.getByLabel("Email or user name").fill(login);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Opens the desk's sign-in page, signs in with the admin token and waits for the desk. */
export async function signInToDesk(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/admin`);
  await signInWithToken(page);
  await page.waitForURL(`${baseUrl}/admin`);
}
