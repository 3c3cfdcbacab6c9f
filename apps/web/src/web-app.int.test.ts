import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { PortUnavailableError } from "@newsdesk/digest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWebEnv } from "./env.js";
import { runWeb } from "./run-web.js";
import {
  startTestWeb,
  TEST_ADMIN_TOKEN,
  TEST_SECRET,
  type TestWeb,
} from "./test-support/web-harness.js";

describe("the web app's frame", () => {
  let web: TestWeb;
  beforeAll(async () => {
    web = await startTestWeb();
  });
  afterAll(async () => {
    await web?.close();
  });

  it("reports Redis and the database healthy on /healthz", async () => {
    const response = await web.app.inject({ url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      redis: "ok",
      database: "ok",
      lost: { dumps: 0, articles: 0, deliveries: 0 },
    });
  });

  it("sends security headers with a Content-Security-Policy that allows no inline script", async () => {
    const response = await web.app.inject({ url: "/healthz" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("answers an unknown page with a 404 page, and an unknown API path with JSON", async () => {
    const page = await web.app.inject({ url: "/no-such-page", headers: { accept: "text/html" } });
    expect(page.statusCode).toBe(404);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("Page not found");
    const api = await web.app.inject({ url: "/api/no-such-thing" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ status: 404 });
  });

  it("serves the stylesheet and the icon", async () => {
    const css = await web.app.inject({ url: "/assets/site.css" });
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toContain("text/css");
    const icon = await web.app.inject({ url: "/assets/favicon.svg" });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers["content-type"]).toContain("image/svg+xml");
  });

  it("listens on this machine only unless HOST says otherwise", async () => {
    const env = parseWebEnv({
      DATA_DIR: web.dataDir,
      SECRET: TEST_SECRET,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    });
    const shared = { redisUrl: web.redis.url, store: web.store, mailer: web.mailer };
    const running = await runWeb(env, { log: web.deps.log, shared, port: 0 });
    try {
      expect((running.app.server.address() as AddressInfo).address).toBe("127.0.0.1");
    } finally {
      await running.close();
    }
  });

  it("says which port is taken and what to do, rather than crash, when PORT is in use", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const env = parseWebEnv({
        DATA_DIR: web.dataDir,
        SECRET: TEST_SECRET,
        ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      });
      const started = runWeb(env, {
        log: web.deps.log,
        shared: { redisUrl: web.redis.url, store: web.store, mailer: web.mailer },
        port,
        host: "127.0.0.1",
      });
      await expect(started).rejects.toBeInstanceOf(PortUnavailableError);
      await expect(started).rejects.toThrow(`port ${port} (it is in use)`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
