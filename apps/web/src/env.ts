import { parseEnv } from "@newsdesk/config";
import { digestEnv } from "@newsdesk/digest";
import { DEFAULT_MAX_BYTES } from "@newsdesk/parser";
import { z } from "zod";

/** Every variable the web app reads: the digest's (links, secret, mail) and its own. */
export const webEnv = digestEnv.extend({
  /**
   * The address the web app listens on: this machine only when unset or empty; `0.0.0.0` (or
   * `::`) in a container or to serve other machines, best behind a proxy that terminates TLS.
   */
  HOST: z
    .string()
    .trim()
    .default("")
    .transform((value) => value || "127.0.0.1"),
  /** Unlocks /admin and /api; unset: generated once into `$DATA_DIR/admin-token`. */
  ADMIN_TOKEN: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.string().min(16, "ADMIN_TOKEN must be at least 16 characters").optional())
    .optional(),
  /**
   * When the admin token signs in to the desk in a browser: only while no admin account exists
   * (`until-first-admin`), or `always`. As a bearer token it always opens the API and /metrics.
   */
  ADMIN_TOKEN_SIGN_IN: z.enum(["until-first-admin", "always"]).default("until-first-admin"),
  /** `production` caches templates; anything else rereads them and reloads the preview. */
  NODE_ENV: z.string().default("development"),
  /** Behind a reverse proxy: trust its X-Forwarded-For, so rate limits see the client's address. */
  TRUST_PROXY: z.stringbool().default(false),
  /**
   * Largest dump `POST /api/dumps` and the upload form accept, in bytes: at most the parser's
   * own limit (64 MiB), which a larger dump would fail in the worker.
   */
  MAX_DUMP_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(
      DEFAULT_MAX_BYTES,
      `MAX_DUMP_BYTES can be ${DEFAULT_MAX_BYTES} (64 MiB) at most: the parser reads no larger dump, so split bigger ones into smaller files`,
    )
    .default(DEFAULT_MAX_BYTES),
});

export type WebEnv = z.infer<typeof webEnv>;

/** Parses the environment once at start-up. */
export function parseWebEnv(env: NodeJS.ProcessEnv): WebEnv {
  return parseEnv(webEnv, env);
}
