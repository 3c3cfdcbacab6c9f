import { parseEnv, runtimeEnv } from "@newsdesk/config";
import { mailEnv } from "@newsdesk/mail";
import { z } from "zod";

export { InvalidEnvError as InvalidDigestEnvError } from "@newsdesk/config";

/** Every variable the digest reads; parsed once at start-up (see `.env.example`). */
export const digestEnv = runtimeEnv.extend(mailEnv.shape).extend({
  /** The web app's port. */
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
  /** Unlocks /admin and /api; unset: generated once into `$DATA_DIR/admin-token`. */
  ADMIN_TOKEN: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.string().min(16, "ADMIN_TOKEN must be at least 16 characters").optional())
    .optional(),
  /** `production` caches templates; anything else rereads them and reloads the preview. */
  NODE_ENV: z.string().default("development"),
  /** Deliver jobs in flight in one process (the SMTP pool and MAIL_RATE_PER_SECOND bound them). */
  DELIVER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  /** Permanent refusals in a row after which a subscriber is suppressed (status bounced). */
  BOUNCE_LIMIT: z.coerce.number().int().min(1).max(100).default(3),
});

export type DigestEnv = z.infer<typeof digestEnv>;

/** Parses the environment once at start-up. */
export function parseDigestEnv(env: NodeJS.ProcessEnv): DigestEnv {
  return parseEnv(digestEnv, env);
}
