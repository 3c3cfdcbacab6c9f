import { z } from "zod";
import { UserError } from "./user-error.js";

/** An optional URL variable: unset and empty both mean "use the embedded default". */
export const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional();

/** What every Newsdesk process reads; apps extend it with their own variables. */
export const runtimeEnv = z.object({
  /** Redis for the queues; unset: an embedded redis-server in `$DATA_DIR/redis`. */
  REDIS_URL: optionalUrl,
  /** PostgreSQL; unset: PGlite in `$DATA_DIR/pglite`. */
  DATABASE_URL: optionalUrl,
  /** Where every embedded default keeps its files. */
  DATA_DIR: z.string().min(1).default(".data"),
  /** Key prefix of every queue key; braces make it a Redis Cluster hash tag. */
  QUEUE_PREFIX: z.string().min(1).default("{newsdesk}"),
  /** How long a job is locked to its worker; a crashed worker's jobs are retried after it. */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** Thrown with every invalid variable named, before anything connects. */
export class InvalidEnvError extends UserError {
  override name = "InvalidEnvError";
  constructor(issues: string[]) {
    super(`invalid configuration: ${issues.join("; ")}. Fix the environment (see .env.example).`);
  }
}

/** Parses the environment against a schema, once at start-up. */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  env: Record<string, string | undefined>,
): z.infer<Schema> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new InvalidEnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  return result.data;
}
