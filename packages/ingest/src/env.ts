import { parseEnv, runtimeEnv } from "@newsdesk/config";
import { z } from "zod";

export { InvalidEnvError } from "@newsdesk/config";

/** Every variable the worker reads; parsed once at start-up (see `.env.example`). */
export const workerEnv = runtimeEnv.extend({
  /** Folder watched for new dumps. */
  INBOX_DIR: z.string().min(1).default("./inbox"),
  /** Dumps parsed at once by one process. */
  INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  /** Classify jobs in flight in one process; their database writes are batched together. */
  CLASSIFY_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(100),
});

export type WorkerEnv = z.infer<typeof workerEnv>;

/** Parses the environment once at start-up. */
export function parseWorkerEnv(env: NodeJS.ProcessEnv): WorkerEnv {
  return parseEnv(workerEnv, env);
}
