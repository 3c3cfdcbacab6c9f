import { generateKeyPairSync } from "node:crypto";
import { UserError } from "@newsdesk/config";
import { describe, expect, it } from "vitest";
import { assertReadyToSend, NotReadyToSendError } from "./assert-ready-to-send.js";
import { mailEnv } from "./mail-env.js";

const ready = {
  SMTP_URL: "smtp://mail.example.org:587",
  PUBLIC_URL: "https://news.example.org",
  MAIL_FROM: "Newsdesk <digest@news.example.org>",
  DKIM_DOMAIN: "news.example.org",
  DKIM_SELECTOR: "nd1",
  DKIM_PRIVATE_KEY: generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString(),
};

describe("assertReadyToSend", () => {
  it("lets an https, DKIM-aligned install send, and the outbox always", () => {
    expect(() => assertReadyToSend(ready)).not.toThrow();
    expect(() => assertReadyToSend({ MAIL_FROM: "digest@newsdesk.localhost" })).not.toThrow();
  });

  it("refuses real sending over http or without DKIM, naming each fix and the test flag", () => {
    const { DKIM_DOMAIN: _, ...noDkim } = ready;
    let error: unknown;
    try {
      assertReadyToSend({ ...noDkim, PUBLIC_URL: "http://localhost:3000" });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(NotReadyToSendError);
    // The CLI prints it as one line with exit code 2.
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^not ready to send real mail through SMTP_URL: links in emails point to http:\/\/localhost:3000, not https/,
    );
    expect(message).toContain("set DKIM_DOMAIN too, or none");
    expect(message).toContain("pass --test-send or set MAIL_TEST_MODE=1");
    expect((error as NotReadyToSendError).problems.map((problem) => problem.name)).toEqual([
      "PUBLIC_URL",
      "DKIM",
    ]);
  });

  it("refuses a misaligned domain or a key nodemailer cannot sign with", () => {
    expect(() => assertReadyToSend({ ...ready, DKIM_DOMAIN: "example.net" })).toThrow(
      /does not align/,
    );
    expect(() => assertReadyToSend({ ...ready, DKIM_PRIVATE_KEY: "garbage" })).toThrow(
      /does not parse/,
    );
  });

  it("lets a test setup through, by option or MAIL_TEST_MODE", () => {
    const insecure = { ...ready, PUBLIC_URL: "http://localhost:3000", DKIM_DOMAIN: undefined };
    expect(() => assertReadyToSend(insecure, { testMode: true })).not.toThrow();
    const env = mailEnv.parse({ ...insecure, MAIL_TEST_MODE: "1" });
    expect(() =>
      assertReadyToSend({ ...env, PUBLIC_URL: insecure.PUBLIC_URL }, { testMode: false }),
    ).not.toThrow();
    expect(mailEnv.parse({}).MAIL_TEST_MODE).toBe(false);
    expect(mailEnv.parse({ MAIL_TEST_MODE: " " }).MAIL_TEST_MODE).toBe(false);
    expect(mailEnv.safeParse({ MAIL_TEST_MODE: "maybe" }).success).toBe(false);
  });
});
