import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestWeb, type TestWeb } from "../test-support/web-harness.js";

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
    expect(response.json()).toEqual({ ok: true, redis: "ok", database: "ok" });
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

  it("serves the stylesheet", async () => {
    const css = await web.app.inject({ url: "/assets/site.css" });
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toContain("text/css");
  });
});
