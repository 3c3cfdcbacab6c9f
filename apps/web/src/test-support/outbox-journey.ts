import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import type { Page } from "playwright-core";
import type { WebDeps } from "../web-deps.js";
import { signInWithToken } from "./browser-sign-in.js";
import { startTestWeb, type TestWeb } from "./web-harness.js";

/** A port free on 127.0.0.1 now: the app must know its own address before it listens. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The web app listening on a port of its own, whose emails' links point back at it. */
export async function startListeningWeb(overrides: Partial<WebDeps> = {}): Promise<TestWeb> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const web = await startTestWeb({ ...overrides, publicUrl: url });
  await web.app.listen({ port, host: "127.0.0.1" });
  web.url = url;
  return web;
}

/** Subscribes `address` on the front page, then signs in to the outbox that holds its email. */
export async function subscribeAndOpenOutbox(page: Page, web: TestWeb, address: string) {
  await page.goto(`${web.url}/`);
  await page.fill("#email", address);
  await page.check('input[name="regions"][value="europe"]');
  await page.click('button[type="submit"]');
  await page.waitForURL(`${web.url}/subscribe/check-inbox`);

  await page.goto(`${web.url}/outbox`);
  await page.waitForURL(/\/admin\?next=/);
  await signInWithToken(page);
  await page.waitForURL(`${web.url}/outbox`);
}
