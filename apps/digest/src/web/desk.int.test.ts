import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { QUEUE } from "@newsdesk/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestWeb, TEST_ADMIN_TOKEN, type TestWeb } from "../test-support/web-harness.js";
import { ADMIN_COOKIE } from "./admin/admin-session.js";
import { EMAIL_FRAME_CSP } from "./email-frame.js";
import { QUEUES_BOARD_CSP } from "./routes/queues-board.js";

const bearer = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const html = { accept: "text/html" };

/** The cookies a response set, as a Cookie header. */
function cookieHeader(setCookie: string | string[] | undefined): string {
  return [setCookie ?? []]
    .flat()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

describe("the desk: admin, outbox, queues, dump uploads, metrics", () => {
  let web: TestWeb;
  beforeAll(async () => {
    // A small upload limit, so the 413 test sends kilobytes, not 64 MiB.
    web = await startTestWeb({ maxDumpBytes: 4096 });
    await web.mailer.send({
      to: "ana@example.org",
      subject: "Confirm your Newsdesk subscription",
      html: '<p style="color:#0b57d0">Hello Ana, <a href="http://localhost/confirm?t=x">confirm</a></p>',
      text: "Hello Ana, confirm: http://localhost/confirm?t=x",
      messageId: "<confirm-1@news.example.org>",
    });
  });
  afterAll(async () => {
    await web?.close();
  });

  describe("admin sign-in", () => {
    it("sends people without the token to the sign-in page, and API callers a 401", async () => {
      for (const url of ["/admin/queues", "/outbox", "/outbox/confirm-1@news.example.org.eml"]) {
        const response = await web.app.inject({ url, headers: html });
        expect(response.statusCode, url).toBe(303);
        expect(response.headers.location).toBe(`/admin?next=${encodeURIComponent(url)}`);
        const wrong = await web.app.inject({
          url,
          headers: { ...html, authorization: "Bearer not-the-token" },
        });
        expect(wrong.statusCode, url).toBe(303);
      }
      const api = await web.app.inject({ method: "POST", url: "/api/dumps", payload: "x" });
      expect(api.statusCode).toBe(401);
      expect(api.headers["www-authenticate"]).toContain("Bearer");
      expect(api.json().error).toContain("Authorization: Bearer");
      const wrong = await web.app.inject({
        method: "POST",
        url: "/api/dumps",
        headers: { authorization: "Bearer wrong", "content-type": "text/plain" },
        payload: "x",
      });
      expect(wrong.statusCode).toBe(401);
    });

    it("signs in with the token through a CSRF-checked form, into an httpOnly cookie", async () => {
      const form = await web.app.inject({ url: "/admin?next=/outbox", headers: html });
      expect(form.statusCode).toBe(200);
      // Read back as a browser would: Handlebars writes `=` as `&#x3D;`.
      const csrf = (/name="_csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? "").replaceAll(
        "&#x3D;",
        "=",
      );
      const cookies = cookieHeader(form.headers["set-cookie"]);
      const post = (token: string, withCsrf = true) =>
        web.app.inject({
          method: "POST",
          url: "/admin/sign-in",
          headers: {
            ...html,
            cookie: cookies,
            "content-type": "application/x-www-form-urlencoded",
          },
          payload: new URLSearchParams({
            token,
            next: "/outbox",
            ...(withCsrf ? { _csrf: csrf } : {}),
          }).toString(),
        });
      expect((await post(TEST_ADMIN_TOKEN, false)).statusCode).toBe(403);
      const refused = await post("wrong-token-0123456789");
      expect(refused.statusCode).toBe(401);
      expect(refused.body).toContain("That is not the admin token");
      const signedIn = await post(TEST_ADMIN_TOKEN);
      expect(signedIn.statusCode).toBe(303);
      expect(signedIn.headers.location).toBe("/outbox");
      const setCookie = [signedIn.headers["set-cookie"]].flat().join("\n");
      expect(setCookie).toMatch(new RegExp(`${ADMIN_COOKIE}=[^;]+;.*HttpOnly`));
      expect(setCookie).toContain("SameSite=Strict");
      const outbox = await web.app.inject({
        url: "/outbox",
        headers: { ...html, cookie: cookieHeader(signedIn.headers["set-cookie"]) },
      });
      expect(outbox.statusCode).toBe(200);
      // A forged cookie (not signed by the app) opens nothing.
      const forged = await web.app.inject({
        url: "/outbox",
        headers: { ...html, cookie: `${ADMIN_COOKIE}=${Date.now()}.${"A".repeat(43)}` },
      });
      expect(forged.statusCode).toBe(303);
    });
  });

  describe("outbox", () => {
    it("lists captured emails and shows one as its recipient sees it", async () => {
      const list = await web.app.inject({ url: "/outbox", headers: { ...html, ...bearer } });
      expect(list.body).toContain("Confirm your Newsdesk subscription");
      const file = "confirm-1@news.example.org.eml";
      expect(list.body).toContain(`/outbox/${encodeURIComponent(file)}`);
      const page = await web.app.inject({
        url: `/outbox/${file}`,
        headers: { ...html, ...bearer },
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("ana@example.org");
      expect(page.body).toContain("Hello Ana, confirm: http://localhost/confirm?t&#x3D;x");
      expect(page.body).toMatch(
        /<th scope="row">Message-ID<\/th><td>&lt;confirm-1@news.example.org&gt;/i,
      );
      const frame = await web.app.inject({ url: `/outbox/${file}/html`, headers: bearer });
      expect(frame.headers["content-security-policy"]).toBe(EMAIL_FRAME_CSP);
      expect(frame.body).toContain('style="color:#0b57d0"');
    });

    it("refuses paths outside the outbox", async () => {
      await writeFile(join(web.dataDir, "secret.eml"), "From: x\r\n\r\nTOP-SECRET-CONTENT");
      for (const url of [
        "/outbox/..%2Fsecret.eml",
        "/outbox/%2E%2E%2Fsecret.eml",
        "/outbox/..%5Csecret.eml",
        "/outbox/../secret.eml",
        "/outbox/..%2Fadmin-token",
        "/outbox/no-such-email.eml",
        "/outbox/%2Fetc%2Fpasswd",
      ]) {
        const response = await web.app.inject({ url, headers: { ...html, ...bearer } });
        expect(response.statusCode, url).toBe(404);
        expect(response.body, url).not.toContain("TOP-SECRET-CONTENT");
      }
    });
  });

  describe("Bull Board", () => {
    it("shows every queue to the admin, under its own policy", async () => {
      const page = await web.app.inject({ url: "/admin/queues", headers: { ...html, ...bearer } });
      expect(page.statusCode).toBe(200);
      expect(page.headers["content-security-policy"]).toBe(QUEUES_BOARD_CSP);
      const api = await web.app.inject({ url: "/admin/queues/api/queues", headers: bearer });
      expect(api.statusCode).toBe(200);
      const names = (api.json() as { queues: { name: string }[] }).queues.map(
        (queue) => queue.name,
      );
      expect(names).toEqual(expect.arrayContaining([QUEUE.ingest, QUEUE.classify, QUEUE.deliver]));
      // Everything else keeps the app's strict policy.
      const other = await web.app.inject({ url: "/admin", headers: html });
      expect(other.headers["content-security-policy"]).not.toContain("unsafe-inline");
    });
  });

  describe("POST /api/dumps", () => {
    const upload = (payload: string | Buffer, headers: Record<string, string>, query = "") =>
      web.app.inject({
        method: "POST",
        url: `/api/dumps${query}`,
        headers: { ...bearer, ...headers },
        payload,
      });

    it("queues a text dump and answers 202 with its id and a status URL", async () => {
      const response = await upload(
        "HARBOUR CRANES IDLE\n\nDockers walked out on Monday.\n",
        {
          "content-type": "text/plain",
        },
        "?name=desk.txt",
      );
      expect(response.statusCode).toBe(202);
      const body = response.json();
      expect(body).toMatchObject({
        name: "desk.txt",
        status: "queued",
        created: true,
        queued: true,
      });
      expect(body.statusUrl).toBe(`/api/dumps/${body.id}`);
      expect(response.headers.location).toBe(body.statusUrl);
      const job = await web.app.inject({ url: body.statusUrl, headers: bearer });
      expect(job.json()).toMatchObject({ id: body.id, status: "queued", bytes: 51 });
      // The same bytes again are the same dump, queued once.
      const again = await upload("HARBOUR CRANES IDLE\n\nDockers walked out on Monday.\n", {
        "content-type": "application/octet-stream",
      });
      expect(again.json()).toMatchObject({ id: body.id, created: false });
    });

    it("takes the file of a multipart form", async () => {
      const payload =
        '--b0\r\nContent-Disposition: form-data; name="dump"; filename="form.txt"\r\nContent-Type: text/plain\r\n\r\nA multipart dump.\r\n--b0--\r\n';
      const response = await upload(payload, {
        "content-type": "multipart/form-data; boundary=b0",
      });
      expect(response.statusCode).toBe(202);
      expect(response.json()).toMatchObject({ name: "form.txt" });
    });

    it("refuses an empty dump with 400, a large one with 413, and JSON with 415, saying what to do", async () => {
      const empty = await upload("", { "content-type": "text/plain" });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error).toContain("the dump is empty");
      const large = await upload("x".repeat(5000), { "content-type": "text/plain" });
      expect(large.statusCode).toBe(413);
      expect(large.json().error).toBe(
        "the dump is over the 4.0 KB upload limit: split it into smaller files, or raise MAX_DUMP_BYTES",
      );
      const json = await upload("{}", { "content-type": "application/json" });
      expect(json.statusCode).toBe(415);
      expect(json.json().error).toContain("send the dump as text/plain");
    });

    it("answers 404 for an unknown dump", async () => {
      expect((await web.app.inject({ url: "/api/dumps/999999", headers: bearer })).statusCode).toBe(
        404,
      );
      expect((await web.app.inject({ url: "/api/dumps/abc", headers: bearer })).statusCode).toBe(
        404,
      );
    });
  });

  describe("/metrics", () => {
    it("reports job counts per queue and state, emails by state and Node's defaults, without a token", async () => {
      const response = await web.app.inject({ url: "/metrics" });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/plain");
      expect(response.body).toMatch(/newsdesk_queue_jobs\{queue="ingest",state="waiting"\} [1-9]/);
      expect(response.body).toContain('newsdesk_queue_jobs{queue="deliver",state="failed"} 0');
      expect(response.body).toContain('newsdesk_emails{state="sent"} 0');
      expect(response.body).toContain("process_cpu_user_seconds_total");
      expect(response.body).toContain("# TYPE newsdesk_job_duration_seconds histogram");
    });
  });
});
