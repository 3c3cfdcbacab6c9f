import { type Logger, pino } from "pino";

export type { Logger };

/**
 * The one structured logger of every process (JSON lines on stderr); jobs log through children
 * bound to `{ jobId, jobName }` (see `startJobWorker` in `@newsdesk/queue`).
 */
export function createLogger(
  level: string,
  destination: NodeJS.WritableStream = process.stderr,
): Logger {
  return pino({ level }, destination);
}
