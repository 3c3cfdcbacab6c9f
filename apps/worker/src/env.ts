import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional();

/** Every variable the worker reads; parsed once at start-up (see `.env.example`). */
export const workerEnv = z.object({
  /** Redis for the queues; unset: an embedded redis-server in `$DATA_DIR/redis`. */
  REDIS_URL: optionalUrl,
  /** PostgreSQL; unset: PGlite in `$DATA_DIR/pglite`. */
  DATABASE_URL: optionalUrl,
  DATA_DIR: z.string().min(1).default(".data"),
  /** Folder watched for new dumps. */
  INBOX_DIR: z.string().min(1).default("./inbox"),
  /** Key prefix of every queue key; braces make it a Redis Cluster hash tag. */
  QUEUE_PREFIX: z.string().min(1).default("{newsdesk}"),
  /** Dumps parsed at once by one process. */
  INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Classify jobs in flight in one process; their database writes are batched together. */
  CLASSIFY_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(100),
  /** How long a job is locked to its worker; a crashed worker's jobs are retried after it. */
  JOB_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type WorkerEnv = z.infer<typeof workerEnv>;

/** Thrown with every invalid variable named, before anything connects. */
export class InvalidEnvError extends Error {
  override name = "InvalidEnvError";
  constructor(issues: string[]) {
    super(`invalid configuration: ${issues.join("; ")}. Fix the environment (see .env.example).`);
  }
}

/** Parses the environment once at start-up. */
export function parseWorkerEnv(env: NodeJS.ProcessEnv): WorkerEnv {
  const result = workerEnv.safeParse(env);
  if (!result.success) {
    throw new InvalidEnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  return result.data;
}
