import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkDkim, checkDkimKey, checkMailFrom, checkPublicUrl } from "./sender-config-checks.js";

const pem = (type: "rsa" | "ed25519", modulusLength = 2048) =>
  (type === "rsa"
    ? generateKeyPairSync("rsa", { modulusLength })
    : generateKeyPairSync("ed25519")
  ).privateKey
    .export({ type: "pkcs8", format: "pem" })
    .toString();
const RSA_2048 = pem("rsa");
const FROM = "Newsdesk <digest@news.example.org>";

describe("checkPublicUrl", () => {
  it("accepts https on a public host and fails http, local hosts and an unset value", () => {
    expect(checkPublicUrl({ PUBLIC_URL: "https://news.example.org/" })).toEqual({
      name: "PUBLIC_URL",
      status: "ok",
      message: "links in emails point to https://news.example.org",
    });
    const http = checkPublicUrl({ PUBLIC_URL: "http://localhost:3000" });
    expect(http.status).toBe("fail");
    expect(http.message).toMatch(/not https: set PUBLIC_URL to the web app's https address/);
    expect(checkPublicUrl({ PUBLIC_URL: "https://127.0.0.1" }).message).toMatch(
      /not a public domain/,
    );
    expect(checkPublicUrl({ PUBLIC_URL: "https://newsdesk.localhost" }).status).toBe("fail");
    expect(checkPublicUrl({}).message).toMatch(/^PUBLIC_URL is unset: set PUBLIC_URL/);
  });
});

describe("checkMailFrom", () => {
  it("wants one address at a public domain", () => {
    expect(checkMailFrom({ MAIL_FROM: FROM })).toMatchObject({ status: "ok" });
    expect(checkMailFrom({ MAIL_FROM: "Newsdesk <digest@newsdesk.localhost>" }).message).toMatch(
      /digest@newsdesk\.localhost is not at a public domain: set MAIL_FROM/,
    );
    expect(checkMailFrom({ MAIL_FROM: "Newsdesk" }).status).toBe("fail");
  });
});

describe("checkDkim", () => {
  const dkim = {
    DKIM_DOMAIN: "news.example.org",
    DKIM_SELECTOR: "nd1",
    DKIM_PRIVATE_KEY: RSA_2048,
  };

  it("is off with none of the variables, and names the From domain to sign for", () => {
    const off = checkDkim({ MAIL_FROM: FROM });
    expect(off.status).toBe("fail");
    expect(off.message).toMatch(/^DKIM is off.*set DKIM_DOMAIN=news\.example\.org, DKIM_SELECTOR/);
    expect(off.message).toContain("openssl genpkey -algorithm RSA");
    const local = checkDkim({ MAIL_FROM: "digest@newsdesk.localhost" });
    expect(local.message).toMatch(/set DKIM_DOMAIN \(MAIL_FROM's domain\), DKIM_SELECTOR/);
  });

  it("names what is missing from half a configuration", () => {
    const half = checkDkim({ MAIL_FROM: FROM, DKIM_DOMAIN: "news.example.org" });
    expect(half.message).toBe(
      "DKIM needs all three variables: set DKIM_SELECTOR and DKIM_PRIVATE_KEY too, or none",
    );
  });

  it("accepts the From domain and its organisational domain, and fails another domain", () => {
    expect(checkDkim({ MAIL_FROM: FROM, ...dkim }).status).toBe("ok");
    expect(checkDkim({ MAIL_FROM: FROM, ...dkim, DKIM_DOMAIN: "Example.org" }).message).toBe(
      "signed as example.org (selector nd1), aligned with news.example.org",
    );
    const other = checkDkim({ MAIL_FROM: FROM, ...dkim, DKIM_DOMAIN: "mailer.example.net" });
    expect(other.status).toBe("fail");
    expect(other.message).toMatch(
      /mailer\.example\.net does not align with MAIL_FROM's domain news\.example\.org.*set DKIM_DOMAIN to news\.example\.org \(or example\.org\)/,
    );
  });
});

describe("checkDkimKey", () => {
  const env = { DKIM_DOMAIN: "News.Example.org", DKIM_SELECTOR: "nd1" };

  it("prints the record to publish for a 2048-bit RSA key", () => {
    const result = checkDkimKey({ ...env, DKIM_PRIVATE_KEY: RSA_2048 });
    expect(result?.check.status).toBe("ok");
    expect(result?.check.message).toMatch(
      /^RSA 2048-bit key: publish nd1\._domainkey\.news\.example\.org TXT "v=DKIM1; k=rsa; p=MII[A-Za-z0-9+/=]+"$/,
    );
    expect(result?.key?.recordName).toBe("nd1._domainkey.news.example.org");
  });

  it("warns of a 1024-bit key and fails shorter ones, Ed25519, and keys that do not parse", () => {
    expect(checkDkimKey({ ...env, DKIM_PRIVATE_KEY: pem("rsa", 1024) })?.check.status).toBe("warn");
    expect(checkDkimKey({ ...env, DKIM_PRIVATE_KEY: pem("rsa", 512) })?.check.message).toMatch(
      /^RSA 512-bit key, which verifiers reject/,
    );
    // nodemailer signs with RSA only: given an Ed25519 key it sends the mail unsigned.
    const ed = checkDkimKey({ ...env, DKIM_PRIVATE_KEY: pem("ed25519") });
    expect(ed?.check.status).toBe("fail");
    expect(ed?.check.message).toMatch(
      /^the key is ed25519, but the mail transport signs with RSA only.*k=ed25519; p=/,
    );
    expect(ed?.key).toBeUndefined();
    const broken = checkDkimKey({ ...env, DKIM_PRIVATE_KEY: "not a key" });
    expect(broken?.check.message).toMatch(/^DKIM_PRIVATE_KEY does not parse \(.+\): paste the PEM/);
  });

  it("has nothing to check until all three variables are set", () => {
    expect(checkDkimKey({ DKIM_DOMAIN: "example.org" })).toBeUndefined();
  });
});
