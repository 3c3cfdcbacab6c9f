import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { linkToken, subscriberLinks } from "@newsdesk/digest";
import { deleteKeys } from "@newsdesk/queue/test-support";
import { Redis } from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "./create-web-app.js";
import { CONFIRM_LINK_TTL_MS, confirmationUrl } from "./subscribers/subscriber-tokens.js";
import { messagesTo, outboxMessages, WebClient } from "./test-support/web-client.js";
import { startTestWeb, TEST_SECRET, type TestWeb } from "./test-support/web-harness.js";

const choices = {
  regions: ["europe", "africa"],
  beats: ["health", "politics"],
  frequency: "daily",
  timezone: "Europe/Lisbon",
};

describe("the subscriber pages", () => {
  let web: TestWeb;
  let network = 0;
  /** A reader on a network of their own, so rate limits of one test do not touch another. */
  const reader = () =>
    new WebClient(web.app, `10.1.${Math.floor(network / 250)}.${(network++ % 250) + 1}`);

  let redis: Redis;
  beforeAll(async () => {
    web = await startTestWeb();
    redis = new Redis(web.redis.url);
  });
  afterAll(async () => {
    redis?.disconnect();
    await web?.close();
  });
  beforeEach(async () => {
    // Each test starts with fresh rate-limit counters (this file's prefix only).
    await deleteKeys(redis, `${web.deps.queuePrefix}:subscribe-limit`);
    await web.store.reset();
    // Empty the outbox, not remove it: the mailer made the folder once.
    const files = await readdir(web.outboxDir).catch(() => []);
    await Promise.all(files.map((name) => rm(join(web.outboxDir, name), { force: true })));
  });

  async function subscribe(client: WebClient, email: string, extra: Record<string, string> = {}) {
    const csrf = await client.csrfTokenFrom("/");
    return client.post("/subscribe", { _csrf: csrf, email, ...choices, website: "", ...extra });
  }

  /** Subscribes and confirms through the pages; returns the subscriber's id. */
  async function activeSubscriber(email: string): Promise<number> {
    const client = reader();
    await subscribe(client, email);
    const [mail] = await messagesTo(web.outboxDir, email);
    const link = new URL(/http\S+\/confirm\?\S+/.exec(mail?.text ?? "")?.[0] ?? "");
    const confirmed = await client.post("/confirm", Object.fromEntries(link.searchParams));
    expect(confirmed.statusCode).toBe(200);
    return Number(link.searchParams.get("s"));
  }

  it("shows the subscribe form: desks, beats, frequency, every time zone, a CSRF token", async () => {
    const page = await reader().get("/");
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(page.headers["referrer-policy"]).toBe("same-origin");
    expect(page.body).toContain('action="/subscribe"');
    expect(page.body).toContain('name="_csrf"');
    for (const region of ["africa", "americas", "asia-pacific", "europe", "middle-east"]) {
      expect(page.body).toContain(`name="regions" value="${region}"`);
    }
    expect(page.body.match(/name="beats"/g)).toHaveLength(17);
    expect(page.body).toContain('<option value="Europe/Lisbon">Lisbon</option>');
    expect(page.body).toContain('<option value="UTC" selected>');
    // No inline script or style for the CSP to refuse.
    expect(page.body).not.toMatch(/<script>|<script(?![^>]*src=)[^>]*>|style="/);
  });

  it("sends a confirmation with a signed link; GET shows a button, POST confirms, a replay changes nothing", async () => {
    const client = reader();
    const sent = await subscribe(client, "ana@example.org");
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe("/subscribe/check-inbox");
    expect((await client.get("/subscribe/check-inbox")).body).toContain("Check your inbox");

    const [mail, ...others] = await messagesTo(web.outboxDir, "ana@example.org");
    expect(others).toHaveLength(0);
    expect(mail?.subject).toBe("Confirm your Newsdesk subscription");
    expect(mail?.text).toContain("Europe, Africa");
    expect(mail?.html).toContain("Confirm my subscription");
    // Not a list message: no unsubscribe headers on a confirmation.
    expect(mail?.headers.has("list-unsubscribe")).toBe(false);
    const link = /http:\/\/localhost(\/confirm\?s=\d+&e=\d+&t=[\w-]{22})/.exec(
      mail?.text ?? "",
    )?.[1];
    expect(link).toBeDefined();

    // A link scanner's GET confirms nothing.
    const page = await client.get(link as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Confirm my subscription");
    expect(page.body).toContain("ana@example.org");
    const id = Number(new URL(link as string, "http://x").searchParams.get("s"));
    expect((await web.store.getSubscription(id))?.status).toBe("pending");

    const fields = Object.fromEntries(new URL(link as string, "http://x").searchParams);
    const confirmed = await client.post("/confirm", fields);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain("You are subscribed");
    expect(htmlText(confirmed.body)).toContain(
      `/preferences?s=${id}&t=${linkToken(TEST_SECRET, "preferences", id)}`,
    );
    expect(await web.store.getSubscription(id)).toMatchObject({
      status: "active",
      regions: ["europe", "africa"],
      beats: ["health", "politics"],
      timezone: "Europe/Lisbon",
    });

    const replay = await client.post("/confirm", fields);
    expect(replay.statusCode).toBe(200);
    expect(replay.body).toContain("Already confirmed");
    expect((await client.get(link as string)).body).toContain("Already confirmed");
  });

  it("answers an address that is already subscribed exactly as a new one, and tells only its owner", async () => {
    const id = await activeSubscriber("ana@example.org");
    const fresh = await subscribe(reader(), "new@example.org");
    const known = await subscribe(reader(), "ana@example.org", { regions: "americas" });
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.headers.location).toBe(fresh.headers.location);
    expect(known.body).toBe(fresh.body);
    // Nobody else's form changes a subscriber's choices.
    expect((await web.store.getSubscription(id))?.regions).toEqual(["europe", "africa"]);
    const mails = await messagesTo(web.outboxDir, "ana@example.org");
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Confirm your Newsdesk subscription",
      "You are already subscribed to Newsdesk",
    ]);
    expect(mails[1]?.text).toContain(`/preferences?s=${id}&t=`);
  });

  it("answers a bot that fills the hidden field the same way, and sends nothing", async () => {
    const response = await subscribe(reader(), "bot@example.org", {
      website: "http://spam.example",
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/subscribe/check-inbox");
    expect(await outboxMessages(web.outboxDir)).toHaveLength(0);
  });

  it.each([
    ["an empty address", "", "Enter your email address."],
    ["no domain", "ana", "Enter one address like"],
    ["no top-level domain", "ana@example", "Enter one address like"],
    ["two addresses", "ana@example.org, bo@example.org", "Enter one address like"],
    ["a display name", "Ana <ana@example.org>", "Enter one address like"],
    [
      "a CRLF header injection",
      "ana@example.org\r\nBcc: victim@example.org",
      "Enter one address like",
    ],
    [
      "an LF header injection",
      "ana@example.org\nBcc: victim@example.org",
      "Enter one address like",
    ],
    ["a NUL byte", "ana@example.org\u0000", "Enter one address like"],
    [
      "an over-long address",
      `${"a".repeat(64)}@${"b".repeat(190)}.example.org`,
      "Enter one address like",
    ],
    ["a huge address", `${"a".repeat(400)}@example.org`, "too long"],
  ])("refuses %s with the form and a message, and sends nothing", async (_name, email, message) => {
    const response = await subscribe(reader(), email);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(message);
    expect(response.body).toContain('aria-invalid="true"');
    expect(await outboxMessages(web.outboxDir)).toHaveLength(0);
    expect(await web.store.audienceSize("daily")).toBe(0);
  });

  it("refuses an address given twice", async () => {
    const client = reader();
    const csrf = await client.csrfTokenFrom("/");
    const response = await client.post("/subscribe", {
      _csrf: csrf,
      email: ["ana@example.org", "bo@example.org"],
      ...choices,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain("Enter one email address, not several.");
  });

  it.each([
    ["an unknown region", { regions: "atlantis" }, "Choose regions from the list"],
    ["an unknown beat", { beats: "gossip" }, "Choose beats from the list"],
    ["an unknown frequency", { frequency: "hourly" }, "Choose daily or weekly."],
    ["an unknown time zone", { timezone: "Mars/Olympus_Mons" }, "Choose your time zone"],
  ])("refuses %s, keeping what was typed", async (_name, override, message) => {
    const response = await subscribe(reader(), "ana@example.org", override);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain(message);
    expect(response.body).toContain('value="ana@example.org"');
    expect(await outboxMessages(web.outboxDir)).toHaveLength(0);
  });

  it("refuses a subscribe form without its CSRF token, or with another's", async () => {
    const client = reader();
    await client.get("/");
    const missing = await client.post("/subscribe", { email: "ana@example.org", ...choices });
    expect(missing.statusCode).toBe(403);
    expect(missing.body).toContain("reload the page");
    const stranger = new WebClient(web.app, "10.9.9.9");
    const token = await stranger.csrfTokenFrom("/");
    const forged = await client.post("/subscribe", {
      _csrf: token,
      email: "ana@example.org",
      ...choices,
    });
    expect(forged.statusCode).toBe(403);
    expect(await outboxMessages(web.outboxDir)).toHaveLength(0);
  });

  it("refuses an oversized body with a 413 page", async () => {
    const client = reader();
    const csrf = await client.csrfTokenFrom("/");
    const response = await client.post("/subscribe", {
      _csrf: csrf,
      email: "ana@example.org",
      padding: "x".repeat(BODY_LIMIT_BYTES + 1),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("far larger than any subscription needs");
    const oneClick = await reader().postRaw(
      `/unsubscribe?s=1&t=${linkToken(TEST_SECRET, "unsubscribe", 1)}`,
      "x".repeat(BODY_LIMIT_BYTES + 1),
      { "content-type": "multipart/form-data; boundary=x" },
    );
    expect(oneClick.statusCode).toBe(413);
  });

  it("refuses forged links with a 403 page", async () => {
    const id = await activeSubscriber("ana@example.org");
    const client = reader();
    const good = linkToken(TEST_SECRET, "unsubscribe", id);
    const forged = [
      `/unsubscribe?s=${id}&t=${"A".repeat(22)}`,
      `/unsubscribe?s=${id + 1}&t=${good}`,
      `/unsubscribe?s=${id}&t=${linkToken("another-secret-0123456789", "unsubscribe", id)}`,
      `/preferences?s=${id}&t=${good}`, // an unsubscribe token is no preferences token
      `/unsubscribe?s=${id}`,
      `/unsubscribe?s=abc&t=${good}`,
      `/unsubscribe?s=${id}&s=${id}&t=${good}`,
      `/confirm?s=${id}&e=9999999999&t=${good}`,
      "/confirm",
    ];
    for (const url of forged) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(403);
      expect(response.body, url).toContain("That link or form is not valid");
    }
    const post = await client.post(`/unsubscribe?s=${id}&t=${"B".repeat(22)}`, {
      "List-Unsubscribe": "One-Click",
    });
    expect(post.statusCode).toBe(403);
    expect((await web.store.getSubscription(id))?.status).toBe("active");
  });

  it("refuses a confirmation link whose expiry was changed, or that has expired", async () => {
    const client = reader();
    await subscribe(client, "ana@example.org");
    const [mail] = await messagesTo(web.outboxDir, "ana@example.org");
    const link = new URL(/http\S+\/confirm\?\S+/.exec(mail?.text ?? "")?.[0] ?? "");
    const id = Number(link.searchParams.get("s"));

    const stretched = new URL(link);
    stretched.searchParams.set("e", String(Number(link.searchParams.get("e")) + 86_400));
    const tampered = await client.get(stretched.pathname + stretched.search);
    expect(tampered.statusCode).toBe(403);
    expect(tampered.body).toContain("not valid");

    const nonce = (await web.store.getSubscription(id))?.confirmNonce ?? "";
    const old = confirmationUrl(
      { secret: TEST_SECRET, publicUrl: "" },
      id,
      nonce,
      Date.now() - CONFIRM_LINK_TTL_MS - 60_000,
    );
    const expiredPage = await client.get(old);
    expect(expiredPage.statusCode).toBe(403);
    expect(expiredPage.body).toContain("has expired");
    const expiredPost = await client.post(
      "/confirm",
      Object.fromEntries(new URL(old, "http://x").searchParams),
    );
    expect(expiredPost.statusCode).toBe(403);
    expect((await web.store.getSubscription(id))?.status).toBe("pending");
  });

  it("never lets an old confirmation bring back someone who unsubscribed, nor a replaced one confirm", async () => {
    const client = reader();
    await subscribe(client, "ana@example.org");
    const [first] = await messagesTo(web.outboxDir, "ana@example.org");
    const link = new URL(/http\S+\/confirm\?\S+/.exec(first?.text ?? "")?.[0] ?? "");
    const fields = Object.fromEntries(link.searchParams);
    const id = Number(fields.s);
    await client.post("/confirm", fields);
    await client.post(`/unsubscribe?s=${id}&t=${linkToken(TEST_SECRET, "unsubscribe", id)}`, {});

    const ended = await client.post("/confirm", fields);
    expect(ended.statusCode).toBe(410);
    expect(ended.body).toContain("This subscription has ended");
    expect((await web.store.getSubscription(id))?.status).toBe("unsubscribed");

    // Resubscribing takes a new confirmation; the old link is now refused outright.
    await subscribe(reader(), "ana@example.org");
    expect((await client.post("/confirm", fields)).statusCode).toBe(403);
    expect((await web.store.getSubscription(id))?.status).toBe("pending");
    const mails = await messagesTo(web.outboxDir, "ana@example.org");
    expect(mails).toHaveLength(2);
    const fresh = new URL(/http\S+\/confirm\?\S+/.exec(mails[1]?.text ?? "")?.[0] ?? "");
    expect((await client.post("/confirm", Object.fromEntries(fresh.searchParams))).statusCode).toBe(
      200,
    );
    expect((await web.store.getSubscription(id))?.status).toBe("active");
  });

  it("lets a bounced address resubscribe only through a new confirmation", async () => {
    const id = await activeSubscriber("ana@example.org");
    await web.store.setSubscriberStatus(id, "bounced");
    expect((await reader().get(subscriberPath("preferences", id))).statusCode).toBe(410);
    await subscribe(reader(), "ana@example.org");
    expect((await web.store.getSubscription(id))?.status).toBe("pending");
    const mails = await messagesTo(web.outboxDir, "ana@example.org");
    expect(mails.at(-1)?.subject).toBe("Confirm your Newsdesk subscription");
  });

  it("changes preferences, pauses and resumes from the signed link, with CSRF checked", async () => {
    const id = await activeSubscriber("ana@example.org");
    const client = reader();
    const url = subscriberPath("preferences", id);
    const page = await client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="regions" value="europe" checked');
    expect(page.body).toContain('<option value="Europe/Lisbon" selected>');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
    const token = linkToken(TEST_SECRET, "preferences", id);

    const saved = await client.post("/preferences", {
      _csrf: csrf,
      s: String(id),
      t: token,
      action: "save",
      regions: ["asia-pacific"],
      beats: [],
      frequency: "weekly",
      timezone: "Asia/Tokyo",
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${url}&done=saved`);
    expect((await client.get(String(saved.headers.location))).body).toContain("Saved.");
    expect(await web.store.getSubscription(id)).toMatchObject({
      regions: ["asia-pacific"],
      beats: [],
      frequency: "weekly",
      timezone: "Asia/Tokyo",
      status: "active",
    });

    const paused = await client.post("/preferences", {
      _csrf: csrf,
      s: String(id),
      t: token,
      action: "pause",
    });
    expect(paused.headers.location).toBe(`${url}&done=paused`);
    expect((await web.store.getSubscription(id))?.status).toBe("paused");
    expect((await client.get(url)).body).toContain("Resume the digest");
    await client.post("/preferences", { _csrf: csrf, s: String(id), t: token, action: "resume" });
    expect((await web.store.getSubscription(id))?.status).toBe("active");

    const bad = await client.post("/preferences", {
      _csrf: csrf,
      s: String(id),
      t: token,
      action: "save",
      frequency: "hourly",
      timezone: "Asia/Tokyo",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("Choose daily or weekly.");

    const noCsrf = await reader().post("/preferences", {
      s: String(id),
      t: token,
      action: "pause",
    });
    expect(noCsrf.statusCode).toBe(403);
    const forged = await client.post("/preferences", {
      _csrf: csrf,
      s: String(id),
      t: "C".repeat(22),
      action: "pause",
    });
    expect(forged.statusCode).toBe(403);
    expect((await web.store.getSubscription(id))?.status).toBe("active");
  });

  it("asks before unsubscribing on GET, and unsubscribes on a one-click POST with no cookie or token", async () => {
    const id = await activeSubscriber("ana@example.org");
    const { unsubscribeUrl } = subscriberLinks(
      { secret: TEST_SECRET, publicUrl: "http://localhost", mailDomain: "news.example.org" },
      id,
    );
    const path = unsubscribeUrl.replace("http://localhost", "");
    const page = await reader().get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Unsubscribe from Newsdesk");
    expect(htmlText(page.body)).toContain(`/preferences?s=${id}&t=`);
    expect((await web.store.getSubscription(id))?.status).toBe("active");

    // What a mail client sends for List-Unsubscribe-Post (RFC 8058): no cookies, no CSRF token.
    const oneClick = await web.app.inject({
      method: "POST",
      url: path,
      payload: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(oneClick.statusCode).toBe(200);
    expect((await web.store.getSubscription(id))?.status).toBe("unsubscribed");
    expect(await web.store.audienceSize("daily")).toBe(0);

    // Again, as multipart (RFC 8058 allows it): harmless, still unsubscribed.
    const multipart = await web.app.inject({
      method: "POST",
      url: path,
      payload:
        '--x\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--x--\r\n',
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(multipart.statusCode).toBe(200);
    expect((await reader().get(path)).body).toContain("You are unsubscribed");
    expect((await reader().get(subscriberPath("preferences", id))).statusCode).toBe(410);
  });

  it("limits subscribe attempts per network, with a 429 page that says how long to wait", async () => {
    const client = reader();
    const csrf = await client.csrfTokenFrom("/");
    for (let n = 0; n < 10; n++) {
      const ok = await client.post("/subscribe", {
        _csrf: csrf,
        email: `reader${n}@example.org`,
        ...choices,
      });
      expect(ok.statusCode).toBe(303);
    }
    const limited = await client.post("/subscribe", {
      _csrf: csrf,
      email: "late@example.org",
      ...choices,
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["retry-after"]).toBeDefined();
    expect(limited.body).toContain("Too many subscribe attempts from your network");
    expect(limited.body).toMatch(/wait \d+ minutes/);
    expect(await messagesTo(web.outboxDir, "late@example.org")).toHaveLength(0);
    // Another network is not held back.
    expect((await subscribe(reader(), "late@example.org")).statusCode).toBe(303);
  });

  it("limits subscribe attempts per address, whatever the network or the case of the address", async () => {
    for (const email of ["ana@example.org", "Ana@example.org", "ANA@EXAMPLE.ORG"]) {
      expect((await subscribe(reader(), email)).statusCode).toBe(303);
    }
    const limited = await subscribe(reader(), "ana@example.org");
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain("several emails in the last hour");
    expect((await subscribe(reader(), "bo@example.org")).statusCode).toBe(303);
  });

  it("counts +tag variants of a mailbox as one address, and mails each as it was typed", async () => {
    for (const email of ["cy+news@example.org", "Cy+Promo@example.org", "cy@example.org"]) {
      expect((await subscribe(reader(), email)).statusCode).toBe(303);
    }
    const limited = await subscribe(reader(), "cy+another@example.org");
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain("several emails in the last hour");
    expect(await messagesTo(web.outboxDir, "cy+news@example.org")).toHaveLength(1);
    expect(await messagesTo(web.outboxDir, "cy+another@example.org")).toHaveLength(0);
  });
});

function subscriberPath(purpose: "preferences" | "unsubscribe", id: number): string {
  return `/${purpose}?s=${id}&t=${linkToken(TEST_SECRET, purpose, id)}`;
}

/** HTML with the entities Handlebars writes into attributes decoded. */
function htmlText(html: string): string {
  return html
    .replace(/&amp;/g, "&")
    .replace(/&#x3D;/g, "=")
    .replace(/&quot;/g, '"');
}
