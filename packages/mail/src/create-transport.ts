import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer, { type NodemailerError, type Transporter } from "nodemailer";
import { composeEmail, type OutgoingEmail } from "./compose-email.js";
import { MailConfigError, PermanentSendError } from "./errors.js";
import { type MailEnv, SMTP_TIMEOUT_DEFAULTS } from "./mail-env.js";
import { messageFileName } from "./message-id.js";

/** What a transport reports for a sent message. */
export interface SentEmail {
  messageId: string;
  /** The SMTP server's reply, or the outbox file written. */
  response: string;
}

/** Sends filled emails: pooled SMTP, or the outbox folder. */
export interface Mailer {
  readonly kind: "smtp" | "outbox";
  /** For logs: the SMTP host, or the outbox folder. No credentials. */
  readonly location: string;
  /**
   * Sends one email. Throws `PermanentSendError` when the server refused it for good (5xx);
   * any other error (4xx, lost connection, timeout) is transient: try again later.
   */
  send(email: OutgoingEmail): Promise<SentEmail>;
  /** Checks that the server answers and accepts our login (the outbox: that it can write). */
  verify(): Promise<void>;
  /** Closes pooled connections. */
  close(): void;
}

export type TransportEnv = Pick<
  MailEnv,
  "DATA_DIR" | "SMTP_MAX_CONNECTIONS" | "MAIL_RATE_PER_SECOND" | "MAIL_FROM"
> &
  Partial<
    Pick<
      MailEnv,
      | "SMTP_URL"
      | "DKIM_DOMAIN"
      | "DKIM_SELECTOR"
      | "DKIM_PRIVATE_KEY"
      | "SMTP_CONNECTION_TIMEOUT_MS"
      | "SMTP_GREETING_TIMEOUT_MS"
      | "SMTP_SOCKET_TIMEOUT_MS"
    >
  >;

/**
 * The mail transport for an environment: nodemailer's SMTP pool at `SMTP_URL`
 * (`SMTP_MAX_CONNECTIONS` connections, at most `MAIL_RATE_PER_SECOND` messages a second),
 * or with no `SMTP_URL` the outbox: each message as an `.eml` file in `$DATA_DIR/outbox`,
 * named after its Message-ID (sending it again rewrites the same file). DKIM-signs every
 * message when `DKIM_DOMAIN`, `DKIM_SELECTOR` and `DKIM_PRIVATE_KEY` are set.
 *
 * SMTP timeouts are seconds (`SMTP_*_TIMEOUT_MS`): a connection whose server stops answering
 * fails its message as a transient error (retry it) and leaves the pool, which opens a new one
 * for the messages behind it.
 */
export function createTransport(env: TransportEnv): Mailer {
  const dkim = dkimOptions(env);
  if (env.SMTP_URL) {
    const transporter = nodemailer.createTransport({
      url: env.SMTP_URL,
      pool: true,
      maxConnections: env.SMTP_MAX_CONNECTIONS,
      rateLimit: env.MAIL_RATE_PER_SECOND,
      rateDelta: 1_000,
      connectionTimeout: env.SMTP_CONNECTION_TIMEOUT_MS ?? SMTP_TIMEOUT_DEFAULTS.connectionTimeout,
      greetingTimeout: env.SMTP_GREETING_TIMEOUT_MS ?? SMTP_TIMEOUT_DEFAULTS.greetingTimeout,
      socketTimeout: env.SMTP_SOCKET_TIMEOUT_MS ?? SMTP_TIMEOUT_DEFAULTS.socketTimeout,
      ...(dkim ? { dkim } : {}),
    });
    return smtpMailer(transporter, env.MAIL_FROM, hostOf(env.SMTP_URL));
  }
  const dir = join(env.DATA_DIR, "outbox");
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "windows",
    ...(dkim ? { dkim } : {}),
  });
  return outboxMailer(transporter, env.MAIL_FROM, dir);
}

function smtpMailer(transporter: Transporter, from: string, location: string): Mailer {
  return {
    kind: "smtp",
    location,
    async send(email) {
      try {
        const info = await transporter.sendMail(composeEmail(from, email));
        return { messageId: email.messageId, response: String(info.response ?? "") };
      } catch (error) {
        if (isPermanent(error)) {
          const failure = error as NodemailerError;
          throw new PermanentSendError(failure.responseCode, failure.response ?? failure.message, {
            cause: error,
          });
        }
        throw error;
      }
    },
    async verify() {
      await transporter.verify();
    },
    close() {
      transporter.close();
    },
  };
}

function outboxMailer(transporter: Transporter, from: string, dir: string): Mailer {
  let ready: Promise<unknown> | undefined;
  return {
    kind: "outbox",
    location: dir,
    async send(email) {
      ready ??= mkdir(dir, { recursive: true });
      await ready;
      const info = await transporter.sendMail(composeEmail(from, email));
      const file = join(dir, messageFileName(email.messageId));
      // Written aside and renamed: a reader (or a crash) never sees half a message.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, info.message as Buffer);
      await rename(partial, file);
      return { messageId: email.messageId, response: `written ${file}` };
    },
    async verify() {
      await mkdir(dir, { recursive: true });
    },
    close() {
      transporter.close();
    },
  };
}

/** A 5xx reply other than 503 (bad sequence: the session's fault, not the message's). */
export function isPermanent(error: unknown): boolean {
  const failure = error as Partial<NodemailerError> | null;
  if (typeof failure?.permanent === "boolean") return failure.permanent;
  const code = failure?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600 && code !== 503;
}

function dkimOptions(env: TransportEnv) {
  const set = [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY].filter(Boolean).length;
  if (set === 0) return undefined;
  if (set !== 3 || !env.DKIM_DOMAIN || !env.DKIM_SELECTOR || !env.DKIM_PRIVATE_KEY) {
    throw new MailConfigError(
      "DKIM signing needs DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY together: set all three, or none",
    );
  }
  if (!env.DKIM_PRIVATE_KEY.includes("PRIVATE KEY-----")) {
    throw new MailConfigError(
      "DKIM_PRIVATE_KEY is not a PEM private key: paste the key with its BEGIN/END lines (\\n may stand for line breaks)",
    );
  }
  return {
    domainName: env.DKIM_DOMAIN,
    keySelector: env.DKIM_SELECTOR,
    privateKey: env.DKIM_PRIVATE_KEY,
  };
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "smtp";
  }
}
