import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  closeConnection,
  connectProducer,
  createQueues,
  ingestJob,
  QUEUE,
  type Queues,
} from "@newsdesk/queue";
import { testLog } from "@newsdesk/queue/test-support";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_COOKIE } from "./admin/admin-session.js";
import { EMAIL_FRAME_CSP } from "./email-frame.js";
import { QUEUES_BOARD_CSP } from "./routes/queues-board.js";
import { csrfTokenIn, WebClient } from "./test-support/web-client.js";
import { startTestWeb, TEST_ADMIN_TOKEN, type TestWeb } from "./test-support/web-harness.js";

const bearer = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const html = { accept: "text/html" };

/** The cookies a response set, as a Cookie header. */
function cookieHeader(setCookie: string | string[] | undefined): string {
  return [setCookie ?? []]
    .flat()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** A page's CSRF token read back as a browser would: Handlebars writes `=` as `&#x3D;`. */
function csrfTokenOf(html: string): string {
  return (csrfTokenIn(html) ?? "").replaceAll("&#x3D;", "=");
}

/** A form as a browser encodes it (multipart/form-data, fields in order): body and headers. */
async function multipartForm(
  fields: [string, string | File][],
): Promise<{ payload: Buffer; headers: Record<string, string> }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const request = new Request("http://127.0.0.1/", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  };
}

/** Two short made-up stories, as a text dump: headline, byline, body. */
const TWO_STORY_DUMP = `Lantern boats return to the Orvale canal
By Mira Castell
ORVALE — For the first time in six years, the canal festival's paper lantern boats drifted past the old customs house on Saturday night, after volunteers rebuilt the floating stage that a winter flood had carried away.
"We counted four hundred boats, and nobody fell in," said Teodor Vance, who has run the festival since it began.

Tram line to Kestrel Hill opens a month early
By Idris Malen
KESTREL HILL — The new tram line linking Kestrel Hill to the harbour opened on Monday, a month ahead of schedule, cutting the morning trip into the city from forty minutes to twelve.
City engineers said the early finish came from a dry spring and a second tunnelling crew.
`;

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
      expect(again.json()).toMatchObject({ id: body.id, created: false, failedBefore: null });
      // A dump that failed is tried again, and the answer says why it failed before.
      await web.store.failDump(body.id, "NotTextError: not a text dump");
      const retried = await upload("HARBOUR CRANES IDLE\n\nDockers walked out on Monday.\n", {
        "content-type": "text/plain",
      });
      expect(retried.json()).toMatchObject({
        id: body.id,
        status: "queued",
        queued: true,
        failedBefore: "NotTextError: not a text dump",
      });
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
      // The parser's refusals, before anything is stored or queued.
      const blank = await upload(" \n\t\n", { "content-type": "text/plain" });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error).toMatch(/^the dump is empty \(no text, or only blank lines\)/);
      const pdf = await upload("%PDF-1.4\n1 0 obj\n", {
        "content-type": "application/octet-stream",
      });
      expect(pdf.statusCode).toBe(400);
      expect(pdf.json().error).toContain(
        "not a text dump: this is a PDF document. Open it and save it as plain text",
      );
      const large = await upload("x".repeat(5000), { "content-type": "text/plain" });
      expect(large.statusCode).toBe(413);
      expect(large.json().error).toBe(
        "the dump is over the 4.0 KiB upload limit: split it into smaller files, or raise MAX_DUMP_BYTES (up to 64.0 MiB)",
      );
      const json = await upload("{}", { "content-type": "application/json" });
      expect(json.statusCode).toBe(415);
      expect(json.json().error).toContain("send the dump as text/plain");
      const image = await upload(
        '--b1\r\nContent-Disposition: form-data; name="dump"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--b1--\r\n',
        { "content-type": "multipart/form-data; boundary=b1" },
      );
      expect(image.statusCode).toBe(415);
      expect(image.json().error).toContain("not a text dump");
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

  describe("the admin page's upload form", () => {
    let producer: Redis;
    let queues: Queues;
    beforeAll(async () => {
      producer = await connectProducer(web.redis.url, testLog);
      queues = createQueues({ connection: producer, prefix: web.deps.queuePrefix });
    });
    afterAll(async () => {
      await queues?.close();
      if (producer) await closeConnection(producer);
    });

    /** A desk editor's browser, signed in through the admin page, and the upload form's token. */
    async function signedInEditor(): Promise<{ client: WebClient; csrf: string }> {
      const client = new WebClient(web.app);
      const signIn = await client.get("/admin");
      const signedIn = await client.post("/admin/sign-in", {
        _csrf: csrfTokenOf(signIn.body),
        token: TEST_ADMIN_TOKEN,
        next: "/admin",
      });
      expect(signedIn.statusCode).toBe(303);
      const admin = await client.get("/admin");
      expect(admin.body).toContain('action="/admin/dumps"');
      return { client, csrf: csrfTokenOf(admin.body) };
    }

    async function upload(client: WebClient, fields: [string, string | File][]) {
      const { payload, headers } = await multipartForm(fields);
      return client.postRaw("/admin/dumps", payload, headers);
    }

    it("is not on the admin page before signing in, and a signed-out post is refused with a page", async () => {
      const page = await web.app.inject({ url: "/admin", headers: html });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Sign in");
      expect(page.body).not.toContain('action="/admin/dumps"');
      expect(page.body).not.toContain('type="file"');
      const form = await web.app.inject({ url: "/admin/dumps", headers: html });
      expect(form.statusCode).toBe(303);
      expect(form.headers.location).toBe("/admin?next=%2Fadmin%2Fdumps");
      const { payload, headers } = await multipartForm([
        ["dump", new File([TWO_STORY_DUMP], "desk.txt", { type: "text/plain" })],
      ]);
      const post = await web.app.inject({
        method: "POST",
        url: "/admin/dumps",
        headers: { ...html, ...headers },
        payload,
      });
      expect(post.statusCode).toBe(401);
      expect(post.body).toContain("so the dump was not received. Sign in, then upload it again.");
      expect(post.body).toContain('href="/admin?next=/admin/dumps"');
    });

    it("shows the form to a signed-in editor and queues a dump sent through it", async () => {
      const { client, csrf } = await signedInEditor();
      const admin = await client.get("/admin");
      expect(admin.body).toContain('enctype="multipart/form-data"');
      expect(admin.body).toContain('accept=".txt,.json,.ndjson,text/plain,application/json"');
      expect(admin.body).toContain("up to 4.0 KiB");
      // The curl example stays, for scripts.
      expect(admin.body).toContain("/api/dumps</pre>");
      // The token was generated into DATA_DIR (no ADMIN_TOKEN): the example reads that file.
      expect(admin.body).toContain(
        `Authorization: Bearer $(cat ${join(web.dataDir, "admin-token")})`,
      );

      const response = await upload(client, [
        ["_csrf", csrf],
        ["dump", new File([TWO_STORY_DUMP], "orvale-desk.txt", { type: "text/plain" })],
      ]);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.body).toContain("Dump received");
      const id = Number(/href="\/api\/dumps\/(\d+)"/.exec(response.body)?.[1]);
      expect(response.body).toContain(`Queued for ingest as dump ${id}.`);
      expect(response.body).toContain("orvale-desk.txt");
      const dump = await web.store.getDump(id);
      expect(dump).toMatchObject({
        name: "orvale-desk.txt",
        status: "queued",
        bytes: Buffer.byteLength(TWO_STORY_DUMP),
      });
      const job = await queues.ingest.getJob(ingestJob.id({ dumpId: id }));
      expect(job?.data).toEqual({ dumpId: id });
      expect(await job?.getState()).toBe("waiting");
      // The status link opens with the editor's cookie, no bearer token.
      const status = await client.get(`/api/dumps/${id}`);
      expect(status.json()).toMatchObject({ id, status: "queued" });

      // The same file again is the same dump, and the page says so.
      const again = await upload(client, [
        ["_csrf", csrf],
        ["dump", new File([TWO_STORY_DUMP], "orvale-desk.txt", { type: "text/plain" })],
      ]);
      expect(again.statusCode).toBe(200);
      expect(again.body).toContain(`This file was uploaded before, as dump ${id}`);
    });

    it("refuses a post without the CSRF token, queueing nothing", async () => {
      const { client } = await signedInEditor();
      const before = await queues.ingest.count();
      const response = await upload(client, [
        ["dump", new File(["Unseen dispatch\n\nNot queued."], "x.txt", { type: "text/plain" })],
      ]);
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain("Dump not received");
      expect(response.body).toContain("The form had expired or came from another page");
      // With a fresh token, to try again at once.
      expect(csrfTokenIn(response.body)).toBeTruthy();
      expect(await queues.ingest.count()).toBe(before);
    });

    it("answers a bad upload with a page that says what to do next", async () => {
      const { client, csrf } = await signedInEditor();
      const empty = await upload(client, [
        ["_csrf", csrf],
        ["dump", new File([], "empty.txt", { type: "text/plain" })],
      ]);
      expect(empty.statusCode).toBe(400);
      expect(empty.headers["content-type"]).toContain("text/html");
      expect(empty.body).toContain("Dump not received");
      expect(empty.body).toContain(
        "The file was not received: the dump is empty (no text, or only blank lines)",
      );
      expect(empty.body).toContain('type="file"');

      // What a browser sends when no file was chosen: an empty part with an empty name.
      const none = await client.postRaw(
        "/admin/dumps",
        `--b2\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--b2\r\nContent-Disposition: form-data; name="dump"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--b2--\r\n`,
        { "content-type": "multipart/form-data; boundary=b2" },
      );
      expect(none.statusCode).toBe(400);
      expect(none.body).toContain("No file was chosen");

      const large = await upload(client, [
        ["_csrf", csrf],
        ["dump", new File(["x".repeat(5000)], "big.txt", { type: "text/plain" })],
      ]);
      expect(large.statusCode).toBe(413);
      expect(large.body).toContain("over the 4.0 KiB upload limit");
      expect(large.body).toContain("split it into smaller files, or raise MAX_DUMP_BYTES");

      const image = await upload(client, [
        ["_csrf", csrf],
        ["dump", new File([Buffer.from([0x89, 0x50, 0x4e, 0x47])], "p.png", { type: "image/png" })],
      ]);
      expect(image.statusCode).toBe(415);
      expect(image.body).toContain("That is a image/png file, not a text dump");

      const urlencoded = await client.post("/admin/dumps", { _csrf: csrf, dump: "text" });
      expect(urlencoded.statusCode).toBe(415);
      expect(urlencoded.body).toContain("The upload did not come from this form");
    });
  });

  describe("/metrics", () => {
    it("reports job counts per queue and state, emails by state and Node's defaults, to the admin", async () => {
      const response = await web.app.inject({ url: "/metrics", headers: bearer });
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
