import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import type { OutgoingEmail } from "../compose-email.js";
import { messageIdFor } from "../message-id.js";

/** A message the test server accepted, parsed back. */
export interface ReceivedEmail {
  /** RCPT TO addresses. */
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:PORT` */
  url: string;
  port: number;
  received: ReceivedEmail[];
  /** Messages refused so far (by `reject`). */
  refused: number;
  /** Messages the server stalled on so far (by `stall`). */
  stalled: number;
  /** Resolves once `count` messages have been accepted (at once if they already are). */
  waitForMessages(count: number): Promise<ReceivedEmail[]>;
  stop(): Promise<void>;
}

export interface TestSmtpOptions {
  /**
   * Decides per message: `undefined` accepts it, a number refuses it with that SMTP code
   * (e.g. 451 transient, 550 permanent). Called with the recipients and the message count.
   */
  reject?: (message: { to: string[]; index: number; raw: Buffer }) => number | undefined;
  /**
   * Decides per message whether the server stalls: it reads the message and never answers,
   * as a hung server does, until the client gives up. Called with the same values as `reject`.
   */
  stall?: (message: { to: string[]; index: number; raw: Buffer }) => boolean;
}

/**
 * A real SMTP server (`smtp-server`) on 127.0.0.1 and a free port, keeping what it accepts
 * parsed by `mailparser`. No TLS, any login accepted. It greets after smtp-server's 100 ms
 * delay: send through a pooled transport.
 */
export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedEmail[] = [];
  const waiters: { count: number; resolve: (mail: ReceivedEmail[]) => void }[] = [];
  let index = 0;
  let refused = 0;
  let stalled = 0;
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (received.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(received);
      }
    }
  };
  const serverOptions: SMTPServerOptions = {
    disabledCommands: ["STARTTLS", "AUTH"],
    // Stalled sessions the client did not close: do not hold stop() for smtp-server's 30 s.
    closeTimeout: 1_000,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const message = { to, index: index++, raw };
        if (options.stall?.(message)) {
          stalled++;
          return; // no reply: the client's socket timeout has to end it
        }
        const code = options.reject?.(message);
        if (code !== undefined) {
          refused++;
          const error = Object.assign(new Error(`test server refuses this message (${code})`), {
            responseCode: code,
          });
          callback(error);
          return;
        }
        simpleParser(raw).then(
          (parsed) => {
            received.push({ to, raw, parsed });
            callback();
            settle();
          },
          (error: Error) => callback(error),
        );
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  server.on("error", () => {
    // A client dropping its connection: nothing the test has to see.
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    get refused() {
      return refused;
    },
    get stalled() {
      return stalled;
    },
    waitForMessages(count) {
      return new Promise((resolve) => {
        waiters.push({ count, resolve });
        settle();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A small filled email for subscriber `n` of edition 7. */
export function sampleEmail(n = 1): OutgoingEmail {
  return {
    to: `reader${n}@example.org`,
    subject: "Your daily Newsdesk",
    html: `<html><body><p>Hello reader ${n}</p></body></html>`,
    text: `Hello reader ${n}`,
    messageId: messageIdFor(7, n, "news.example.org"),
    unsubscribeUrl: `https://news.example.org/unsubscribe?s=${n}&t=abc`,
    unsubscribeMailto: `mailto:unsubscribe@news.example.org?subject=unsubscribe-${n}-abc`,
    listId: "daily.news.example.org",
  };
}

/**
 * A header's value as written, unfolded (`mailparser` folds the List-* headers into one
 * `list` object, which hides exactly what a mailbox provider reads).
 */
export function headerValue(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n[ \t]+/g, " ")
    .trim();
}
