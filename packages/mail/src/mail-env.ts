import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/** SMTP timeouts when the environment gives none: seconds, not nodemailer's minutes. */
export const SMTP_TIMEOUT_DEFAULTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
} as const;

const timeout = (fallback: number) =>
  z.coerce.number().int().min(100).max(600_000).default(fallback);

/**
 * The mail variables, for an app's `env.ts` to extend (see `.env.example`). Parsed once at
 * start-up by the app; this package reads no environment itself.
 */
export const mailEnv = z.object({
  /** SMTP server (`smtp://user:pass@host:587`, `smtps://...`); unset: `.eml` files in `$DATA_DIR/outbox`. */
  SMTP_URL: optional.pipe(z.url({ protocol: /^smtps?$/ }).optional()),
  DATA_DIR: z.string().min(1).default(".data"),
  /** Pooled SMTP connections per process. */
  SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
  /** Messages per second, across every digest process (BullMQ limiter) and per SMTP pool. */
  MAIL_RATE_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(50),
  /**
   * SMTP timeouts, in milliseconds: to open the connection, for the server's greeting, and of
   * silence on an open connection (a stalled reply). nodemailer's own defaults are 2 to 10
   * minutes, long enough for a few stalled replies to hold every pooled connection.
   */
  SMTP_CONNECTION_TIMEOUT_MS: timeout(SMTP_TIMEOUT_DEFAULTS.connectionTimeout),
  SMTP_GREETING_TIMEOUT_MS: timeout(SMTP_TIMEOUT_DEFAULTS.greetingTimeout),
  SMTP_SOCKET_TIMEOUT_MS: timeout(SMTP_TIMEOUT_DEFAULTS.socketTimeout),
  /** The From address of digests. */
  MAIL_FROM: z.string().trim().min(3).default("Newsdesk <digest@newsdesk.localhost>"),
  /** DKIM signing: all three or none. The key is PEM; `\n` may stand for line breaks. */
  DKIM_DOMAIN: optional,
  DKIM_SELECTOR: optional,
  DKIM_PRIVATE_KEY: optional.transform((value) => value?.replace(/\\n/g, "\n")),
  /** A test setup: real sending starts without https `PUBLIC_URL` and aligned DKIM. */
  MAIL_TEST_MODE: optional.pipe(z.stringbool().optional()).transform((value) => value ?? false),
});

export type MailEnv = z.infer<typeof mailEnv>;
