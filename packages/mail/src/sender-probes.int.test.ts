import { createSocket } from "node:dgram";
import { createServer, type Server, type Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSender } from "./sender-checks.js";
import { senderProbes } from "./sender-probes.js";
import { startTestSmtpServer, type TestSmtpServer } from "./test-support/index.js";

const env = { MAIL_FROM: "digest@newsdesk.localhost", PUBLIC_URL: "https://news.example.org" };
const smtpLine = async (url: string, smtpTimeoutMs = 5_000) =>
  (await checkSender({ ...env, SMTP_URL: url }, senderProbes({ smtpTimeoutMs }))).at(-1);

/** The SMTP probe against real servers: smtp-server, a closed port, and one that never greets. */
describe("senderProbes' SMTP verify", () => {
  let smtp: TestSmtpServer;
  let silent: Server;
  let silentPort: number;
  const silentSockets: Socket[] = [];
  let withLogin: SMTPServer;
  let loginPort: number;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    // Accepts connections and says nothing: no greeting ever comes.
    silent = createServer((socket) => silentSockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    silentPort = (silent.address() as { port: number }).port;
    withLogin = new SMTPServer({
      allowInsecureAuth: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === "newsdesk" && auth.password === "right-password") {
          callback(null, { user: auth.username });
        } else callback(new Error("Invalid username or password"));
      },
    });
    await new Promise<void>((resolve) => withLogin.listen(0, "127.0.0.1", resolve));
    loginPort = (withLogin.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await smtp.stop();
    await new Promise<void>((resolve) => withLogin.close(() => resolve()));
    for (const socket of silentSockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("is ok when the server greets and the session opens", async () => {
    expect(await smtpLine(smtp.url)).toEqual({
      name: "SMTP",
      status: "ok",
      message: `${smtp.url} answers and accepts a session`,
    });
  });

  it("logs in with SMTP_URL's user, and fails a login the server refuses without printing it", async () => {
    const good = await smtpLine(`smtp://newsdesk:right-password@127.0.0.1:${loginPort}`);
    expect(good?.status).toBe("ok");
    const line = await smtpLine(`smtp://newsdesk:hunter22@127.0.0.1:${loginPort}`);
    expect(line?.status).toBe("fail");
    expect(line?.message).toMatch(
      new RegExp(
        `^smtp://127\\.0\\.0\\.1:${loginPort} did not accept a session \\(Invalid login: 535`,
      ),
    );
    expect(line?.message).not.toContain("hunter22");
  });

  it("fails a closed port, and a server that never greets once the timeout passes", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await smtpLine(`smtp://127.0.0.1:${closedPort}`))?.message).toMatch(/ECONNREFUSED/);

    const line = await smtpLine(`smtp://127.0.0.1:${silentPort}`, 1_000);
    expect(line?.status).toBe("fail");
    expect(line?.message).toMatch(
      /did not accept a session \((Greeting never received|Connection timeout|no answer within 1 s)/,
    );
  });
});

describe("senderProbes' TXT lookup", () => {
  it("gives up after its timeout on a DNS server that never answers, and the check says so", async () => {
    const silentDns = createSocket("udp4");
    await new Promise<void>((resolve) => silentDns.bind(0, "127.0.0.1", resolve));
    try {
      const server = `127.0.0.1:${silentDns.address().port}`;
      const probes = senderProbes({ dnsTimeoutMs: 500, dnsServers: [server] });
      await expect(probes.resolveTxt("news.example.org")).rejects.toMatchObject({
        code: expect.stringMatching(/^(ETIMEOUT|ECANCELLED)$/),
      });
      const checks = await checkSender({ ...env, MAIL_FROM: "digest@news.example.org" }, probes);
      expect(checks.find((check) => check.name === "SPF")?.message).toMatch(
        /^could not look up news\.example\.org \((ETIMEOUT|ECANCELLED)\): check that news\.example\.org publishes/,
      );
    } finally {
      silentDns.close();
    }
  });

  it("refuses a DNS server that is not an IP address at once", () => {
    expect(() => senderProbes({ dnsServers: ["ns1.example.org"] })).toThrow(
      expect.objectContaining({ code: "ERR_INVALID_IP_ADDRESS" }),
    );
  });
});
