import { generateKeyPairSync } from "node:crypto";
import { createSocket, type Socket } from "node:dgram";
import { dkimKeyOf, type SenderProbes, senderProbes } from "@newsdesk/mail";
import { startTestSmtpServer, type TestSmtpServer } from "@newsdesk/mail/test-support";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { captureIo, runNewsdesk } from "../test-io.js";
import { runDoctor } from "./doctor.js";

const DKIM_PRIVATE_KEY = generateKeyPairSync("rsa", { modulusLength: 2048 })
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString();

/**
 * `newsdesk doctor` end to end: the environment as the command reads it, a real SMTP server
 * (smtp-server), and a DNS server that never answers, which is what a machine without internet
 * gets: the DNS lines warn, nothing fails.
 */
describe("newsdesk doctor", () => {
  let smtp: TestSmtpServer;
  let silentDns: Socket;
  let dnsServer: string;
  let ready: Record<string, string> & { MAIL_FROM: string };

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    silentDns = createSocket("udp4");
    await new Promise<void>((resolve) => silentDns.bind(0, "127.0.0.1", resolve));
    dnsServer = `127.0.0.1:${silentDns.address().port}`;
    ready = {
      SMTP_URL: smtp.url,
      PUBLIC_URL: "https://news.example.org",
      MAIL_FROM: "Newsdesk <digest@news.example.org>",
      DKIM_DOMAIN: "news.example.org",
      DKIM_SELECTOR: "nd1",
      DKIM_PRIVATE_KEY: DKIM_PRIVATE_KEY.replace(/\n/g, "\\n"),
    };
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  afterAll(async () => {
    await smtp.stop();
    silentDns.close();
  });

  const stubEnv = (env: Record<string, string>) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  };

  it("passes a ready install when DNS cannot answer, printing the DKIM record to publish", async () => {
    stubEnv(ready);
    const { out, err, code } = await runNewsdesk("doctor", "--dns-server", dnsServer);
    expect(err()).toBe("");
    const lines = out().trimEnd().split("\n");
    expect(lines.map((line) => line.slice(0, 14).trimEnd())).toEqual([
      "✓ PUBLIC_URL",
      "✓ MAIL_FROM",
      "✓ DKIM",
      "✓ DKIM key",
      "! DKIM record",
      "! SPF",
      "! DMARC",
      "✓ SMTP",
      "no check fails",
    ]);
    const record = dkimKeyOf("nd1", "news.example.org", DKIM_PRIVATE_KEY);
    expect(lines[3]).toContain(
      `publish nd1._domainkey.news.example.org TXT "${record.recordValue}"`,
    );
    expect(lines[5]).toMatch(
      /could not look up news\.example\.org \((ETIMEOUT|ECANCELLED)\): check that news\.example\.org publishes/,
    );
    expect(lines[7]).toBe(`✓ SMTP         ${smtp.url} answers and accepts a session`);
    expect(lines[8]).toBe("no check fails; 3 ! lines worth fixing");
    expect(code).toBe(0);
  });

  it("exits 1 with what to set for an http PUBLIC_URL, no DKIM and an SMTP server that is down", async () => {
    stubEnv({
      SMTP_URL: "smtp://127.0.0.1:1",
      PUBLIC_URL: "http://news.example.org",
      MAIL_FROM: "Newsdesk <digest@newsdesk.localhost>",
    });
    const { out, code } = await runNewsdesk("doctor");
    expect(out()).toMatch(
      /^✗ PUBLIC_URL +links in emails point to http:\/\/news\.example\.org, not https: set PUBLIC_URL/m,
    );
    expect(out()).toMatch(/^✗ DKIM +DKIM is off, .*set DKIM_DOMAIN/m);
    expect(out()).toMatch(/^✗ SMTP +smtp:\/\/127\.0\.0\.1:1 did not accept a session/m);
    expect(out()).toMatch(/\nnot safe to send real mail: fix the 4 ✗ lines\n$/);
    expect(code).toBe(1);
  });

  it("prints JSON, refuses a DNS server that is not an address, and says its exit status in --help", async () => {
    stubEnv({ ...ready, SMTP_URL: "" });
    // The system's resolver: whatever DNS says of news.example.org, only the SMTP line is read.
    const json = await runNewsdesk("doctor", "--json");
    const checks = JSON.parse(json.out()) as { name: string; status: string }[];
    expect(checks.at(-1)).toMatchObject({ name: "SMTP", status: "warn" });

    const bad = await runNewsdesk("doctor", "--dns-server", "ns1.example.org");
    expect(bad.err()).toMatch(/^newsdesk: --dns-server "ns1\.example\.org" is not an IP address/);
    expect(bad.code).toBe(2);

    const help = captureIo();
    const { createProgram } = await import("../program.js");
    const program = createProgram(help).exitOverride();
    await expect(program.parseAsync(["node", "newsdesk", "doctor", "--help"])).rejects.toThrow();
    expect(help.out()).toContain("Exit status: 0 when no check fails, 1 when one does");
  });

  it("is all ok once DNS publishes SPF, DMARC and the key", async () => {
    const record = dkimKeyOf("nd1", "news.example.org", DKIM_PRIVATE_KEY);
    const zone: Record<string, string[][]> = {
      "news.example.org": [["v=spf1 include:mail.example.net -all"]],
      "_dmarc.news.example.org": [["v=DMARC1; p=quarantine"]],
      [record.recordName]: [[record.recordValue]],
    };
    const probes: SenderProbes = {
      ...senderProbes(),
      resolveTxt: async (name) => zone[name] ?? [],
    };
    const io = captureIo();
    const env = { ...ready, DKIM_PRIVATE_KEY };
    expect(await runDoctor(env, probes, io)).toBe(0);
    expect(io.out()).not.toMatch(/^[!✗]/m);
    expect(io.out()).toMatch(/\nready to send real mail\n$/);
  });
});
