import { type Logger, pino } from "pino";

export type { Logger };

/** The one structured logger; jobs use children bound to `{ jobId, jobName }`. */
export function createLogger(
  level: string,
  destination: NodeJS.WritableStream = process.stderr,
): Logger {
  return pino({ level, base: { app: "worker" } }, destination);
}
