import { createRequire } from "node:module";
import { type DestinationStream, type Logger, pino } from "pino";
import type { PrettyOptions } from "pino-pretty";

export type { Logger };

const require = createRequire(import.meta.url);

/**
 * The one structured logger of every process, on stderr: JSON lines for a log collector, or,
 * when the destination is a terminal, one short coloured line per entry (pino-pretty: the time,
 * the level, the message, then its fields). `pretty` forces either. Jobs log through children
 * bound to `{ jobId, jobName }` (see `startJobWorker` in `@newsdesk/queue`).
 */
export function createLogger(
  level: string,
  destination: NodeJS.WritableStream = process.stderr,
  options: { pretty?: boolean | undefined } = {},
): Logger {
  const pretty = options.pretty ?? (destination as { isTTY?: boolean }).isTTY === true;
  return pino({ level }, pretty ? prettyStream(destination) : destination);
}

/** pino-pretty in this thread (no transport worker), loaded only for a terminal. */
function prettyStream(destination: NodeJS.WritableStream): DestinationStream {
  const pretty = require("pino-pretty") as (options: PrettyOptions) => DestinationStream;
  return pretty({
    destination,
    sync: true,
    colorize: (destination as { isTTY?: boolean }).isTTY === true,
    singleLine: true,
    translateTime: "SYS:HH:MM:ss",
    ignore: "pid,hostname",
  });
}
