import { parseWorkerEnv, type WorkerEnv } from "@newsdesk/worker";

/**
 * The command's configuration, from the environment (every variable is in `.env.example`):
 * validated once, when a command that needs it starts. The only place the CLI reads
 * `process.env`; `overrides` carry command-line options that stand for a variable.
 */
export function readEnv(overrides: Record<string, string> = {}): WorkerEnv {
  return parseWorkerEnv({ ...process.env, ...overrides });
}
