import { InvalidEnvError } from "./runtime-env.js";
import { untilStopSignal } from "./stop-signals.js";

/** The little of a logger a process's life needs (pino's Logger fits). */
export interface ProcessLogger {
  info(fields: object, message: string): void;
  info(message: string): void;
  error(fields: object, message: string): void;
  fatal(fields: object, message: string): void;
}

/**
 * A long-running Newsdesk process (the crash tests' bare processes; people use the `newsdesk` commands): the environment parsed
 * (a bad variable: one line on stderr, exit 2), then started (a start-up error, whose message
 * says what to do: logged, exit 2), "ready" logged, and on SIGINT or SIGTERM a graceful close
 * (exit 1 when it was not clean, or skipped a step whose service had gone).
 */
export async function runProcess<
  Env extends { LOG_LEVEL: string },
  Log extends ProcessLogger,
  Running extends { close(): Promise<string[] | undefined> | Promise<void> },
>(options: {
  name: string;
  parseEnv(env: NodeJS.ProcessEnv): Env;
  createLogger(level: string): Log;
  start(env: Env, log: Log): Promise<Running>;
  /** What the "ready" line says of the running process. */
  describe(running: Running): object;
}): Promise<void> {
  let env: Env;
  try {
    env = options.parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    process.stderr.write(`newsdesk ${options.name}: ${error.message}\n`);
    process.exit(2);
  }
  const log = options.createLogger(env.LOG_LEVEL);
  const running = await options.start(env, log).catch((error: unknown) => {
    log.fatal({ err: error }, error instanceof Error ? error.message : String(error));
    process.exit(2);
  });
  log.info({ pid: process.pid, ...options.describe(running) }, `${options.name} ready`);

  await untilStopSignal(log);
  try {
    const skipped = (await running.close()) ?? [];
    if (skipped.length > 0) {
      log.error({ skipped }, "stopped without closing what had gone");
      // Connections left to a service that is gone retry forever and would keep it alive.
      process.exit(1);
    }
    log.info("stopped");
  } catch (error) {
    log.error({ err: error }, "unclean stop");
    process.exitCode = 1;
  }
}
