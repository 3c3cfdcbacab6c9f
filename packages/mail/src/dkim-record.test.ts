import { generateKeyPairSync } from "node:crypto";
import { dkimVerify } from "mailauth";
import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { dkimKeyOf, publicKeyTagOf } from "./dkim-record.js";

describe("dkimKeyOf", () => {
  it("builds the RSA record a receiver verifies nodemailer's signature with", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const key = dkimKeyOf("nd1", "news.example.org", pem);
    expect(key).toMatchObject({
      type: "rsa",
      bits: 2048,
      recordName: "nd1._domainkey.news.example.org",
    });
    expect(key.recordValue).toMatch(/^v=DKIM1; k=rsa; p=[A-Za-z0-9+/]+=*$/);

    const transport = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      dkim: { domainName: "news.example.org", keySelector: "nd1", privateKey: pem },
    });
    const sent = await transport.sendMail({
      from: "digest@news.example.org",
      to: "reader@example.net",
      subject: "Signed",
      text: "Hello",
    });
    const verified = await dkimVerify(sent.message as Buffer, {
      resolver: async (name: string, type: string) => {
        if (name === key.recordName && type === "TXT") return [[key.recordValue]];
        throw Object.assign(new Error(`no ${type} record for ${name}`), { code: "ENOTFOUND" });
      },
    });
    expect(verified.results[0]?.status.result).toBe("pass");
  });

  it("publishes an Ed25519 key raw, as RFC 8463 says, and reads PKCS#1 RSA keys", () => {
    const ed = generateKeyPairSync("ed25519");
    const key = dkimKeyOf(
      "ed",
      "example.org",
      ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    );
    const p = publicKeyTagOf(key.recordValue) ?? "";
    expect(key.type).toBe("ed25519");
    expect(key.recordValue.startsWith("v=DKIM1; k=ed25519; p=")).toBe(true);
    expect(Buffer.from(p, "base64")).toEqual(
      ed.publicKey.export({ format: "der", type: "spki" }).subarray(-32),
    );

    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const pkcs1 = rsa.privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    expect(dkimKeyOf("s", "example.org", pkcs1).bits).toBe(1024);
  });

  it("throws when the key does not parse", () => {
    expect(() =>
      dkimKeyOf("s", "example.org", "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----"),
    ).toThrow();
  });

  it("reads the p= tag of a published record, folded or revoked", () => {
    expect(publicKeyTagOf("v=DKIM1; k=rsa; p=MIIB IjAN\tBgkq")).toBe("MIIBIjANBgkq");
    expect(publicKeyTagOf("v=DKIM1; p=")).toBe("");
    expect(publicKeyTagOf("v=spf1 -all")).toBeUndefined();
  });
});
