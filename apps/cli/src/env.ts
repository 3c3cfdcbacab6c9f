import { digestEnv } from "@newsdesk/digest";
import { InvalidEnvError, workerEnv } from "@newsdesk/worker";
import { z } from "zod";

/**
 * Everything the commands read from the environment: the worker's variables, the digest's
 * (mail, delivery) and the web's.
 */
const cliEnv = workerEnv.extend(digestEnv.shape).extend({
  /** The web app's port. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Where links in emails point; unset: http://localhost:$PORT. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type CliEnv = Omit<z.infer<typeof cliEnv>, "PUBLIC_URL"> & { PUBLIC_URL: string };

/**
 * The command's configuration, from the environment (every variable is in `.env.example`):
 * validated once, when a command that needs it starts. The only place the CLI reads
 * `process.env`; `overrides` carry command-line options that stand for a variable.
 */
export function readEnv(overrides: Record<string, string> = {}): CliEnv {
  const result = cliEnv.safeParse({ ...process.env, ...overrides });
  if (!result.success) {
    throw new InvalidEnvError(
      result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const env = result.data;
  return {
    ...env,
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  };
}
