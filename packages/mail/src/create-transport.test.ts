import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dkimVerify } from "mailauth";
import { simpleParser } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTransport, type TransportEnv } from "./create-transport.js";
import { encodeTemplate, fillEncoded } from "./encoded-body.js";
import { MailConfigError } from "./errors.js";
import { headerValue, sampleEmail } from "./test-support/index.js";

describe("the outbox transport (no SMTP_URL)", () => {
  let dataDir: string;
  let env: TransportEnv;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "newsdesk-outbox-"));
    env = {
      DATA_DIR: dataDir,
      SMTP_MAX_CONNECTIONS: 2,
      MAIL_RATE_PER_SECOND: 100,
      MAIL_FROM: "Newsdesk <digest@news.example.org>",
    };
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("writes one parseable .eml per Message-ID, with both parts and the unsubscribe headers", async () => {
    const mailer = createTransport(env);
    expect(mailer.kind).toBe("outbox");
    await mailer.send(sampleEmail(1));
    await mailer.send(sampleEmail(1)); // a resend rewrites the same file
    await mailer.send(sampleEmail(2));
    mailer.close();
    const files = (await readdir(join(dataDir, "outbox"))).sort();
    expect(files).toEqual([
      "edition-7.subscriber-1.00000000000000000000000000000001@news.example.org.eml",
      "edition-7.subscriber-2.00000000000000000000000000000002@news.example.org.eml",
    ]);
    const raw = await readFile(join(dataDir, "outbox", files[0] as string));
    expect(raw.toString("latin1")).toContain("\r\n");
    const mail = await simpleParser(raw);
    expect(mail.messageId).toBe(
      "<edition-7.subscriber-1.00000000000000000000000000000001@news.example.org>",
    );
    expect(mail.subject).toBe("Your daily Newsdesk");
    expect(mail.text?.trim()).toBe("Hello reader 1");
    expect(mail.html).toContain("Hello reader 1");
    expect(headerValue(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(headerValue(mail, "List-Unsubscribe")).toBe(
      "<https://news.example.org/unsubscribe?s=1&t=abc>, <mailto:unsubscribe@news.example.org?subject=unsubscribe-1-abc>",
    );
    expect(headerValue(mail, "List-Id")).toBe("<daily.news.example.org>");
  });

  it("writes a labelled List-Id as it is, not MIME-encoded", async () => {
    const mailer = createTransport(env);
    await mailer.send({ ...sampleEmail(4), listName: 'Newsdesk "daily"' });
    const raw = await readFile(
      join(
        dataDir,
        "outbox",
        "edition-7.subscriber-4.00000000000000000000000000000004@news.example.org.eml",
      ),
      "latin1",
    );
    expect(raw).toMatch(/\r\nList-Id: "Newsdesk \\"daily\\"" <daily\.news\.example\.org>\r\n/i);
  });

  it("signs with DKIM when the three variables are set, and refuses half a configuration", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const mailer = createTransport({
      ...env,
      DKIM_DOMAIN: "news.example.org",
      DKIM_SELECTOR: "nd1",
      DKIM_PRIVATE_KEY: pem,
    });
    // Parts encoded beforehand, as the digest sends them: the signature covers them as sent.
    const html = encodeTemplate({ chunks: ["<p>Grüße, ", "</p>"], slots: ["name"] });
    await mailer.send({ ...sampleEmail(3), html: fillEncoded(html, { name: "Zoë" }) });
    const raw = await readFile(
      join(
        dataDir,
        "outbox",
        "edition-7.subscriber-3.00000000000000000000000000000003@news.example.org.eml",
      ),
      "utf8",
    );
    expect(raw).toMatch(/^DKIM-Signature: .*d=news\.example\.org;.*s=nd1;/ms);
    // A receiver's check, with the key published where it would look in DNS.
    const record = `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`;
    const verified = await dkimVerify(raw, {
      resolver: async (name, type) => {
        if (name === "nd1._domainkey.news.example.org" && type === "TXT") return [[record]];
        throw Object.assign(new Error(`no ${type} record for ${name}`), { code: "ENOTFOUND" });
      },
    });
    expect(verified.results.map((result) => result.status.result)).toEqual(["pass"]);
    expect(() => createTransport({ ...env, DKIM_DOMAIN: "news.example.org" })).toThrow(
      MailConfigError,
    );
  });
});
