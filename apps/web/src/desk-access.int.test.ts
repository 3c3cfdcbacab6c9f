import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_COOKIE } from "./admin/admin-session.js";
import { SIGN_IN_LIMIT } from "./admin/sign-in-limit.js";
import { csrfTokenIn, WebClient } from "./test-support/web-client.js";
import { startTestWeb, TEST_ADMIN_TOKEN, type TestWeb } from "./test-support/web-harness.js";

const html = { accept: "text/html" };

/** Every page of the desk: it shows unsent articles, subscribers' mail or the machinery. */
const DESK_PAGES = [
  "/preview",
  "/preview?regions=europe",
  "/preview/email",
  "/preview/events",
  "/metrics",
  "/outbox",
  "/outbox/some-email.eml",
  "/outbox/some-email.eml/html",
  "/admin/queues",
  "/admin/queues/api/queues",
  "/admin/dumps",
  "/admin/dumps/1",
  "/admin/dumps/1/articles/2",
  "/admin/subscribers",
  "/admin/subscribers.csv",
  "/admin/subscribers/suppressed",
  "/admin/editions",
  "/admin/audit",
  "/admin/users",
  "/admin/branding",
];

/**
 * Every form of the desk (the dump upload and `/api/dumps` answer 401 pages of their own, in
 * their tests): each changes an article, the subscribers, what goes out, the branding or who
 * may sign in.
 */
const DESK_FORMS = [
  ...["edit", "merge", "split", "hide", "show"].map((edit) => `/admin/dumps/1/articles/2/${edit}`),
  "/admin/subscribers/import",
  "/admin/subscribers/1/remove",
  "/admin/editions/picks",
  "/admin/editions/test-send",
  "/admin/editions/approval-mode",
  "/admin/editions/1/approve",
  "/admin/editions/1/resume",
  "/admin/branding",
  "/admin/users",
  ...["role", "disable", "enable", "password"].map((change) => `/admin/users/1/${change}`),
];

const form = { "content-type": "application/x-www-form-urlencoded" };

/** A browser of its own (cookies, network address) and the sign-in form's CSRF token. */
async function signInForm(web: TestWeb, remoteAddress: string, url = "/admin") {
  const client = new WebClient(web.app, remoteAddress);
  const page = await client.get(url);
  return { client, page, csrf: (csrfTokenIn(page.body) ?? "").replaceAll("&#x3D;", "=") };
}

describe("who may open the desk", () => {
  let web: TestWeb;
  beforeAll(async () => {
    web = await startTestWeb();
  });
  afterAll(async () => {
    await web?.close();
  });

  describe("desk pages without a session", () => {
    it.each(DESK_PAGES)("%s sends a browser to the sign-in page", async (url) => {
      const response = await web.app.inject({ url, headers: html });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/admin?next=${encodeURIComponent(url)}`);
    });

    it.each(DESK_PAGES)("%s answers 401 to a client of data, naming the header", async (url) => {
      for (const accept of [undefined, "*/*", "application/openmetrics-text; version=1.0.0"]) {
        const response = await web.app.inject({ url, headers: accept ? { accept } : {} });
        expect(response.statusCode, `${url} ${accept}`).toBe(401);
        expect(response.headers["www-authenticate"]).toContain("Bearer");
      }
      const wrong = await web.app.inject({ url, headers: { authorization: "Bearer not-it" } });
      expect(wrong.statusCode).toBe(401);
    });

    it.each(DESK_FORMS)(
      "%s posted without a session changes nothing; the sign-in returns to the form's page",
      async (url) => {
        const response = await web.app.inject({
          method: "POST",
          url,
          payload: "mode=hold&name=Elsewhere&act=drop%3A2&role=admin",
          headers: {
            ...html,
            ...form,
            host: "localhost",
            referer: "http://localhost/admin/editions",
          },
        });
        expect(response.statusCode).toBe(303);
        // Not back to the form's action: a GET there is no page, and the change is not replayed.
        expect(response.headers.location).toBe("/admin?done=not-saved&next=%2Fadmin%2Feditions");
        const data = await web.app.inject({ method: "POST", url, payload: "", headers: form });
        expect(data.statusCode).toBe(401);
        expect(await web.store.approvalMode()).toBe("automatic");
      },
    );

    it("tells the browser sent back to sign in that the change was not saved", async () => {
      const page = await web.app.inject({
        url: "/admin?done=not-saved&next=%2Fadmin%2Feditions",
        headers: html,
      });
      expect(page.body).toContain("so that change was not saved. Sign in, then make it again.");
      expect(page.body).toContain('name="next" value="/admin/editions"');
    });

    it("opens them with the admin token", async () => {
      const bearer = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
      for (const url of ["/preview", "/metrics", "/outbox", "/admin/queues/api/queues"]) {
        const response = await web.app.inject({ url, headers: { ...html, ...bearer } });
        expect(response.statusCode, url).toBe(200);
      }
    });

    it("leaves /healthz, the sign-in and the reader's pages open", async () => {
      expect((await web.app.inject({ url: "/healthz" })).statusCode).toBe(200);
      for (const url of ["/", "/admin", "/archive", "/subscribe/check-inbox", "/assets/site.css"]) {
        const response = await web.app.inject({ url, headers: html });
        expect(response.statusCode, url).toBe(200);
      }
    });
  });

  describe("where the sign-in returns to", () => {
    // Each is what a link of another site could carry; none may lead off this site or fail.
    const UNSAFE = [
      ["a tab before another host", "/\t/evil.example"],
      ["a newline before another host", "/\n/evil.example"],
      ["CR/LF", "/admin\r\nSet-Cookie: x=1"],
      ["non-ASCII", "/caf\u00e9"],
      ["another host", "//evil.example"],
      ["a backslash", "/\\evil.example"],
      ["a scheme", "https://evil.example/"],
      ["a space", "/ /evil.example"],
    ];

    it.each(UNSAFE)("refuses %s in the sign-in link with a 400 page", async (_name, next) => {
      const response = await web.app.inject({
        url: `/admin?next=${encodeURIComponent(next)}`,
        headers: html,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers.location).toBeUndefined();
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.body).toContain("somewhere other than this site");
    });

    it.each(UNSAFE)(
      "refuses %s posted with the right token: 400, not signed in",
      async (_name, next) => {
        const { client, csrf } = await signInForm(web, "198.51.100.1");
        const response = await client.post("/admin/sign-in", {
          _csrf: csrf,
          token: TEST_ADMIN_TOKEN,
          next,
        });
        expect(response.statusCode).toBe(400);
        expect(response.headers.location).toBeUndefined();
        expect(String(response.headers["set-cookie"] ?? "")).not.toContain(ADMIN_COOKIE);
        expect(response.body).toContain("somewhere other than this site");
      },
    );

    it("returns to a path of this site, its query included", async () => {
      const next = "/preview?regions=europe&beats=labour";
      const { client, page, csrf } = await signInForm(
        web,
        "198.51.100.2",
        `/admin?next=${encodeURIComponent(next)}`,
      );
      expect(page.statusCode).toBe(200);
      const response = await client.post("/admin/sign-in", {
        _csrf: csrf,
        token: TEST_ADMIN_TOKEN,
        next,
      });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(next);
    });
  });

  describe("sign-in attempts", () => {
    it(`answers the ${SIGN_IN_LIMIT.max + 1}th attempt within 15 minutes with 429 and when to try again, even with the right token`, async () => {
      const { client, csrf } = await signInForm(web, "203.0.113.9");
      for (let attempt = 1; attempt <= SIGN_IN_LIMIT.max; attempt++) {
        const wrong = await client.post("/admin/sign-in", {
          _csrf: csrf,
          token: `wrong-guess-${attempt}-0123456789`,
        });
        expect(wrong.statusCode, `attempt ${attempt}`).toBe(401);
      }
      const limited = await client.post("/admin/sign-in", {
        _csrf: csrf,
        token: "wrong-guess-11-0123456789",
      });
      expect(limited.statusCode).toBe(429);
      expect(limited.headers["content-type"]).toContain("text/html");
      expect(limited.body).toContain("Too many sign-in attempts from your network");
      expect(limited.body).toMatch(/Please wait (15 minutes|14 minutes)/);
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(800);
      // The right token now gets the same answer: the limit tells nothing about a guess.
      const right = await client.post("/admin/sign-in", { _csrf: csrf, token: TEST_ADMIN_TOKEN });
      expect(right.statusCode).toBe(429);
      expect(String(right.headers["set-cookie"] ?? "")).not.toContain(ADMIN_COOKIE);

      // Counted per client address: another network signs in as usual.
      const other = await signInForm(web, "203.0.113.10");
      const signedIn = await other.client.post("/admin/sign-in", {
        _csrf: other.csrf,
        token: TEST_ADMIN_TOKEN,
      });
      expect(signedIn.statusCode).toBe(303);
      expect(signedIn.headers.location).toBe("/admin");
    });
  });
});
