import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dkimKeyOf } from "./dkim-record.js";
import { checkSender } from "./sender-checks.js";
import type { SenderProbes } from "./sender-probes.js";

const pem = generateKeyPairSync("rsa", { modulusLength: 2048 })
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString();
const ready = {
  SMTP_URL: "smtp://newsdesk:s3cret@mail.example.net:587",
  PUBLIC_URL: "https://news.example.org",
  MAIL_FROM: "Newsdesk <digest@news.example.org>",
  DKIM_DOMAIN: "news.example.org",
  DKIM_SELECTOR: "nd1",
  DKIM_PRIVATE_KEY: pem,
};
const record = dkimKeyOf("nd1", "news.example.org", pem);

function probes(overrides: Partial<SenderProbes> = {}): SenderProbes & { asked: string[] } {
  const asked: string[] = [];
  const zone: Record<string, string[][]> = {
    "news.example.org": [["v=spf1 include:mail.example.net -all"]],
    "_dmarc.news.example.org": [["v=DMARC1; p=reject"]],
    [record.recordName]: [[record.recordValue]],
  };
  return {
    asked,
    async resolveTxt(name) {
      asked.push(name);
      const found = zone[name];
      if (found) return found;
      throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
    },
    async verifySmtp(url) {
      asked.push(url);
    },
    ...overrides,
  };
}

describe("checkSender", () => {
  it("answers every check in order, all ok for a ready install", async () => {
    const checks = await checkSender(ready, probes());
    expect(checks.map((check) => `${check.status} ${check.name}`)).toEqual([
      "ok PUBLIC_URL",
      "ok MAIL_FROM",
      "ok DKIM",
      "ok DKIM key",
      "ok DKIM record",
      "ok SPF",
      "ok DMARC",
      "ok SMTP",
    ]);
    expect(checks.at(-1)?.message).toBe(
      "smtp://mail.example.net:587 answers and accepts a session",
    );
  });

  it("fails an unreachable SMTP server without showing its password", async () => {
    const refused = probes({
      verifySmtp: async () => {
        throw new Error("Invalid login: 535 bad password s3cret");
      },
    });
    const smtp = (await checkSender(ready, refused)).at(-1);
    expect(smtp).toEqual({
      name: "SMTP",
      status: "fail",
      message:
        "smtp://mail.example.net:587 did not accept a session (Invalid login: 535 bad password ***): check SMTP_URL's host, port, user and password, and that this machine may connect there",
    });
  });

  it("tells a fresh install what to set, and asks no network for a local From domain", async () => {
    const fresh = probes();
    const checks = await checkSender(
      {
        MAIL_FROM: "Newsdesk <digest@newsdesk.localhost>",
        PUBLIC_URL: "http://localhost:3000",
        DATA_DIR: "/srv/nd",
      },
      fresh,
    );
    expect(checks.map((check) => `${check.status} ${check.name}`)).toEqual([
      "fail PUBLIC_URL",
      "fail MAIL_FROM",
      "fail DKIM",
      "warn SPF",
      "warn DMARC",
      "warn SMTP",
    ]);
    expect(checks.at(-1)?.message).toBe(
      "SMTP_URL is unset: digests are written to /srv/nd/outbox as .eml files, fine for trying, not for real sending: set SMTP_URL=smtp://user:password@host:587",
    );
    expect(fresh.asked).toEqual([]);
  });
});
