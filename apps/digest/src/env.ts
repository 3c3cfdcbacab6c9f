import { mailEnv } from "@newsdesk/mail";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional();

/** Every variable the digest reads; parsed once at start-up (see `.env.example`). */
export const digestEnv = mailEnv.extend({
  /** Redis for the queues; unset: the embedded redis-server in `$DATA_DIR/redis`. */
  REDIS_URL: optionalUrl,
  /** PostgreSQL; unset: PGlite in `$DATA_DIR/pglite`. */
  DATABASE_URL: optionalUrl,
  /** Key prefix of every queue key; braces make it a Redis Cluster hash tag. */
  QUEUE_PREFIX: z.string().min(1).default("{newsdesk}"),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Where links in emails point; unset: http://localhost:$PORT. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Signs unsubscribe and preferences links; unset: generated once into `$DATA_DIR/secret`. */
  SECRET: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.string().min(16, "SECRET must be at least 16 characters").optional())
    .optional(),
  /** Deliver jobs in flight in one process (the SMTP pool and MAIL_RATE_PER_SECOND bound them). */
  DELIVER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  /** Permanent refusals in a row after which a subscriber is suppressed (status bounced). */
  BOUNCE_LIMIT: z.coerce.number().int().min(1).max(100).default(3),
  /** How long a job is locked to its worker; a crashed worker's jobs are retried after it. */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type DigestEnv = z.infer<typeof digestEnv>;

/** Thrown with every invalid variable named, before anything connects. */
export class InvalidDigestEnvError extends Error {
  override name = "InvalidEnvError";
  constructor(issues: string[]) {
    super(`invalid configuration: ${issues.join("; ")}. Fix the environment (see .env.example).`);
  }
}

/** Parses the environment once at start-up. */
export function parseDigestEnv(env: NodeJS.ProcessEnv): DigestEnv {
  const result = digestEnv.safeParse(env);
  if (!result.success) {
    throw new InvalidDigestEnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  return result.data;
}
