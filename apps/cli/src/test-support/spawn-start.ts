import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/newsdesk.js", import.meta.url));

/** `newsdesk start` running in a child process, with what it has printed so far. */
export interface StartProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  exited(): Promise<number | null>;
  /** SIGTERM, if still running, and waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Spawns `newsdesk start --samples <samples>` with only PATH and `env` in its environment and
 * resolves once it says "Press Ctrl-C to stop."; rejects with its output if it exits first.
 */
export async function spawnStart(
  env: Record<string, string>,
  samples: string,
): Promise<StartProcess> {
  const child = spawn(process.execPath, [BIN, "start", "--samples", samples], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let said = "";
  const exit = once(child, "exit").then(([code]) => code as number | null);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes("Press Ctrl-C to stop.")) resolve();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      said += chunk.toString();
    });
    void exit.then((code) => reject(new Error(`newsdesk start exited with ${code}: ${said}`)));
  });
  return {
    child,
    output: () => said,
    exited: () => exit,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exit;
    },
  };
}
