import { parseEnv } from "@newsdesk/config";
import { publicUrlOf } from "@newsdesk/digest";
import { workerEnv } from "@newsdesk/ingest";
import { webEnv } from "@newsdesk/web";
import type { z } from "zod";

/** Everything the commands read from the environment: the worker's, the digest's and the web app's. */
const cliEnv = workerEnv.extend(webEnv.shape);

export type CliEnv = Omit<z.infer<typeof cliEnv>, "PUBLIC_URL"> & { PUBLIC_URL: string };

/**
 * The command's configuration, from the environment (every variable is in `.env.example`):
 * validated once, when a command that needs it starts. The only place the CLI reads
 * `process.env`; `overrides` carry command-line options that stand for a variable.
 */
export function readEnv(overrides: Record<string, string> = {}): CliEnv {
  const env = parseEnv(cliEnv, { ...process.env, ...overrides });
  return { ...env, PUBLIC_URL: publicUrlOf(env) };
}
