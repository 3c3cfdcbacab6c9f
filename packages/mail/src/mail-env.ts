import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

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
