import { Writable } from "node:stream";
import { createLogger } from "@newsdesk/config";
import { freePort } from "@newsdesk/queue";
import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import nodemailer, { type Transporter } from "nodemailer";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseDigestEnv } from "../env.js";
import { MailboxPortUnavailableError } from "../errors.js";
import { unsubscribeMailboxFor } from "../run-digest.js";
import { linkToken, subscriberLinks } from "../signed-links.js";
import { subscribers } from "../test-support/harness.js";
import {
  MAILBOX_MAX_BYTES,
  startUnsubscribeMailbox,
  type UnsubscribeMailbox,
} from "./unsubscribe-mailbox.js";

const SECRET = "test-secret-0123456789";
const DOMAIN = "news.example.org";

describe("the unsubscribe mailbox, over real SMTP", () => {
  let store: TestStore;
  let mailbox: UnsubscribeMailbox;
  let transport: Transporter;
  let logLines: { subscriberId?: number; outcome?: string; msg: string }[] = [];
  let rawLog = "";

  beforeAll(async () => {
    store = await openTestStore();
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        rawLog += chunk.toString();
        for (const line of chunk.toString().split("\n").filter(Boolean)) {
          logLines.push(JSON.parse(line));
        }
        done();
      },
    });
    mailbox = await startUnsubscribeMailbox({
      store,
      secret: SECRET,
      mailDomain: DOMAIN,
      log: createLogger("info", destination),
      port: 0,
      host: "127.0.0.1",
    });
  });
  afterAll(async () => {
    await mailbox?.close();
    await store?.close();
  });
  beforeEach(async () => {
    await store.reset();
    logLines = [];
    rawLog = "";
    transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: mailbox.port,
      secure: false,
      ignoreTLS: true,
    });
  });
  afterEach(() => {
    transport.close();
  });

  /** Two active subscribers (reader0@, reader1@); their ids. */
  async function twoReaders(): Promise<[number, number]> {
    await store.addSubscribers(subscribers(2));
    const rows = await store.db.query<{ id: number }>("SELECT id FROM subscribers ORDER BY id");
    return [rows[0]?.id ?? 0, rows[1]?.id ?? 0];
  }

  async function statusOf(id: number) {
    return (await store.getSubscription(id))?.status;
  }

  /** Sends as a reader's mail client would: from their address, with the mailto's subject. */
  function send(options: { subject: string; to?: string; text?: string; from?: string }) {
    return transport.sendMail({
      from: options.from ?? "reader0@example.org",
      to: options.to ?? `unsubscribe@${DOMAIN}`,
      subject: options.subject,
      text: options.text ?? "Sent from a mail client.",
    });
  }

  function mailtoSubject(id: number): string {
    const { unsubscribeMailto } = subscriberLinks(
      { secret: SECRET, publicUrl: `https://${DOMAIN}`, mailDomain: DOMAIN },
      id,
    );
    return new URL(unsubscribeMailto).searchParams.get("subject") ?? "";
  }

  it("unsubscribes the subscriber a valid request names, and only them", async () => {
    const [ana, ben] = await twoReaders();
    const sent = await send({ subject: mailtoSubject(ana) });
    expect(sent.accepted).toEqual([`unsubscribe@${DOMAIN}`]);
    expect(sent.response).toMatch(/^250 Unsubscribed/);
    expect(await statusOf(ana)).toBe("unsubscribed");
    expect(await statusOf(ben)).toBe("active");
    expect(logLines.filter((line) => line.msg === "unsubscribe by email")).toEqual([
      expect.objectContaining({ subscriberId: ana, outcome: "unsubscribed" }),
    ]);
    // Ids and outcomes only: no address of the reader's, nor of anyone else.
    expect(rawLog).not.toMatch(/@/);
  });

  it("answers a repeated request, or one for a subscriber who is gone, 250 again", async () => {
    const [ana] = await twoReaders();
    await send({ subject: mailtoSubject(ana) });
    const again = await send({ subject: `Re: ${mailtoSubject(ana)}` });
    expect(again.response).toMatch(/^250 Already unsubscribed/);
    expect(await statusOf(ana)).toBe("unsubscribed");
    const gone = await send({ subject: mailtoSubject(9_999) });
    expect(gone.response).toMatch(/^250 Already unsubscribed/);
    expect(logLines.map((line) => [line.subscriberId, line.outcome])).toEqual([
      [ana, "unsubscribed"],
      [ana, "already-unsubscribed"],
      [9_999, "unknown-subscriber"],
    ]);
  });

  it("takes the recipient in any case, and the request from the body's first line", async () => {
    const [, ben] = await twoReaders();
    await send({
      to: `UnSubscribe@${DOMAIN.toUpperCase()}`,
      subject: "Unsubscribe",
      text: `${mailtoSubject(ben)}\n\nSent from my phone`,
    });
    expect(await statusOf(ben)).toBe("unsubscribed");
  });

  it("refuses a forged or changed token with 550 and what to do, changing nothing", async () => {
    const [ana, ben] = await twoReaders();
    // Ben's token on Ana's id: signed, but not for her.
    const forged = `unsubscribe-${ana}-${linkToken(SECRET, "unsubscribe", ben)}`;
    await expect(send({ subject: forged })).rejects.toMatchObject({
      responseCode: 550,
      response: expect.stringMatching(/not valid.*link in the footer/),
    });
    // A preferences token is not an unsubscribe token.
    const preferences = `unsubscribe-${ana}-${linkToken(SECRET, "preferences", ana)}`;
    await expect(send({ subject: preferences })).rejects.toMatchObject({ responseCode: 550 });
    expect(await statusOf(ana)).toBe("active");
    expect(await statusOf(ben)).toBe("active");
    expect(logLines.map((line) => [line.subscriberId, line.outcome])).toEqual([
      [ana, "rejected-token"],
      [ana, "rejected-token"],
    ]);
  });

  it("refuses a message with no request in it with 550", async () => {
    const [ana] = await twoReaders();
    await expect(
      send({ subject: "please stop", text: "Take me off your list" }),
    ).rejects.toMatchObject({
      responseCode: 550,
      response: expect.stringMatching(/No unsubscribe request.*link in the footer/),
    });
    expect(await statusOf(ana)).toBe("active");
    expect(logLines.map((line) => line.outcome).filter(Boolean)).toEqual(["no-request"]);
  });

  it("refuses any other recipient with 550 before the message is sent", async () => {
    const [ana] = await twoReaders();
    for (const to of [`editor@${DOMAIN}`, "unsubscribe@other.example.org"]) {
      await expect(send({ to, subject: mailtoSubject(ana) })).rejects.toMatchObject({
        responseCode: 550,
        response: expect.stringMatching(
          `only takes unsubscribe requests, at unsubscribe@${DOMAIN}`,
        ),
      });
    }
    expect(await statusOf(ana)).toBe("active");
    expect(logLines.map((line) => line.outcome).filter(Boolean)).toEqual([]);
  });

  it("takes one recipient: a second one is refused, the message still goes to the first", async () => {
    const [ana] = await twoReaders();
    const sent = await send({
      to: `unsubscribe@${DOMAIN}, unsubscribe@other.example.org`,
      subject: mailtoSubject(ana),
    });
    expect(sent.accepted).toEqual([`unsubscribe@${DOMAIN}`]);
    expect(sent.rejected).toEqual(["unsubscribe@other.example.org"]);
    expect(await statusOf(ana)).toBe("unsubscribed");
  });

  it("refuses a message over the size limit with 552, changing nothing", async () => {
    const [ana] = await twoReaders();
    await expect(
      send({ subject: mailtoSubject(ana), text: "x".repeat(MAILBOX_MAX_BYTES + 1) }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(await statusOf(ana)).toBe("active");
  });

  it("says what to do when its port is taken", async () => {
    const second = startUnsubscribeMailbox({
      store,
      secret: SECRET,
      mailDomain: DOMAIN,
      log: createLogger("silent"),
      port: mailbox.port,
      host: "127.0.0.1",
    });
    await expect(second).rejects.toThrow(MailboxPortUnavailableError);
    await expect(second).rejects.toThrow(/UNSUBSCRIBE_SMTP_PORT/);
  });

  it("runs as the digest's environment says: off unless a port is set, else on MAIL_FROM's domain", async () => {
    const log = createLogger("silent");
    const env = { SECRET, MAIL_FROM: "Desk <digest@Other.Example.org>", DATA_DIR: "/nonexistent" };
    expect(await unsubscribeMailboxFor(parseDigestEnv(env), { store, log })).toBeUndefined();
    const port = await freePort();
    const configured = parseDigestEnv({ ...env, UNSUBSCRIBE_SMTP_PORT: String(port) });
    const own = await unsubscribeMailboxFor(configured, { store, log });
    try {
      expect(own).toMatchObject({
        host: "127.0.0.1",
        port,
        address: "unsubscribe@other.example.org",
      });
      const [ana] = await twoReaders();
      const client = nodemailer.createTransport({ host: "127.0.0.1", port, ignoreTLS: true });
      try {
        await client.sendMail({
          from: "reader0@example.org",
          to: "unsubscribe@other.example.org",
          subject: `unsubscribe-${ana}-${linkToken(SECRET, "unsubscribe", ana)}`,
          text: "",
        });
      } finally {
        client.close();
      }
      expect(await statusOf(ana)).toBe("unsubscribed");
    } finally {
      await own?.close();
    }
  });
});
