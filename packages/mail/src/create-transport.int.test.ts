import { afterEach, describe, expect, it } from "vitest";
import { createTransport, type Mailer, type TransportEnv } from "./create-transport.js";
import { encodeTemplate, fillEncoded } from "./encoded-body.js";
import { PermanentSendError } from "./errors.js";
import {
  headerValue,
  sampleEmail,
  startTestSmtpServer,
  type TestSmtpServer,
} from "./test-support/index.js";

describe("the SMTP transport against a real SMTP server", () => {
  let server: TestSmtpServer | undefined;
  let mailer: Mailer | undefined;
  afterEach(async () => {
    mailer?.close();
    await server?.stop();
  });

  const env = (url: string): TransportEnv => ({
    SMTP_URL: url,
    DATA_DIR: "/nonexistent",
    SMTP_MAX_CONNECTIONS: 3,
    MAIL_RATE_PER_SECOND: 1_000,
    MAIL_FROM: "Newsdesk <digest@news.example.org>",
  });

  it("delivers both parts with the Message-ID and one-click unsubscribe headers", async () => {
    server = await startTestSmtpServer();
    mailer = createTransport(env(server.url));
    expect(mailer.kind).toBe("smtp");
    await mailer.verify();
    await Promise.all([1, 2, 3, 4].map((n) => (mailer as Mailer).send(sampleEmail(n))));
    const received = await server.waitForMessages(4);
    const first = received.find((mail) => mail.to[0] === "reader1@example.org");
    expect(first?.parsed.messageId).toBe("<edition-7.subscriber-1@news.example.org>");
    expect(first?.parsed.text?.trim()).toBe("Hello reader 1");
    expect(first?.parsed.html).toContain("Hello reader 1");
    const parsed = first?.parsed;
    if (!parsed) throw new Error("reader1 got nothing");
    expect(headerValue(parsed, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(headerValue(parsed, "List-Unsubscribe")).toBe(
      "<https://news.example.org/unsubscribe?s=1&t=abc>, <mailto:unsubscribe@news.example.org?subject=unsubscribe-1-abc>",
    );
    expect(first?.parsed.from?.value[0]?.address).toBe("digest@news.example.org");
    // No tracking: the HTML is exactly what was handed over.
    expect(first?.parsed.html).not.toMatch(/<img/);
  });

  it("sends bodies encoded beforehand as they are, and readers decode them", async () => {
    server = await startTestSmtpServer();
    mailer = createTransport(env(server.url));
    const html = encodeTemplate({
      chunks: ["<p>Grüße, ", "</p>\n<p>.", "</p>"],
      slots: ["name", "name"],
    });
    const text = encodeTemplate({ chunks: ["Grüße, ", "\n.\nBye"], slots: ["name"] });
    const values = { name: "Zoë" };
    await mailer.send({
      ...sampleEmail(1),
      html: fillEncoded(html, values),
      text: fillEncoded(text, values),
    });
    const [received] = await server.waitForMessages(1);
    expect(received?.parsed.html).toBe("<p>Grüße, Zoë</p>\n<p>.Zoë</p>");
    expect(received?.parsed.text).toBe("Grüße, Zoë\n.\nBye");
    expect(received?.raw.toString("latin1")).toContain(
      "Content-Transfer-Encoding: quoted-printable",
    );
  });

  it("tells a permanent refusal (5xx) from a transient one (4xx)", async () => {
    server = await startTestSmtpServer({
      reject: ({ to }) => (to[0] === "reader1@example.org" ? 550 : 451),
    });
    mailer = createTransport(env(server.url));
    await expect(mailer.send(sampleEmail(1))).rejects.toBeInstanceOf(PermanentSendError);
    const transient = await mailer.send(sampleEmail(2)).catch((error: unknown) => error);
    expect(transient).toBeInstanceOf(Error);
    expect(transient).not.toBeInstanceOf(PermanentSendError);
    expect((transient as { responseCode?: number }).responseCode).toBe(451);
  });

  it("drops connections whose server stalls, and the other messages still go out", async () => {
    // The first three messages each hang a connection, as a stuck server does; without
    // timeouts they would hold all three pooled connections for nodemailer's 10 minutes.
    server = await startTestSmtpServer({ stall: ({ index }) => index < 3 });
    mailer = createTransport({
      ...env(server.url),
      SMTP_CONNECTION_TIMEOUT_MS: 2_000,
      SMTP_GREETING_TIMEOUT_MS: 2_000,
      SMTP_SOCKET_TIMEOUT_MS: 400,
    });
    const readers = Array.from({ length: 20 }, (_, i) => i + 1);
    const outcomes = await Promise.allSettled(
      readers.map((n) => (mailer as Mailer).send(sampleEmail(n))),
    );
    const failed = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(server.stalled).toBe(3);
    expect(failed).toHaveLength(3);
    for (const failure of failed) {
      // A stall is transient: the caller retries it.
      expect(failure.reason).not.toBeInstanceOf(PermanentSendError);
    }
    expect(server.received).toHaveLength(17);
    // The pool replaced the dropped connections: a retry of the stalled ones goes out.
    const retried = readers.filter((_, i) => outcomes[i]?.status === "rejected");
    await Promise.all(retried.map((n) => (mailer as Mailer).send(sampleEmail(n))));
    const received = await server.waitForMessages(20);
    expect(new Set(received.map((mail) => mail.to[0])).size).toBe(20);
  });
});
