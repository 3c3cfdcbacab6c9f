import type { Io } from "../io.js";

/** A running part of Newsdesk: its close resolves with the steps it had to skip. */
interface Closable {
  close(): Promise<string[]>;
}

/**
 * Closes `services` in order after a stop signal and says how it went; returns the exit code.
 * When a step was skipped because its service had gone, the connections left to it (ioredis
 * retries forever) would keep the process alive, so it exits here rather than hang.
 */
export async function stopServices(io: Io, name: string, services: Closable[]): Promise<number> {
  const skipped: string[] = [];
  for (const service of services) skipped.push(...(await service.close()));
  if (skipped.length === 0) {
    io.stdout.write(`${name} stopped.\n`);
    return 0;
  }
  io.stderr.write(
    `${name} stopped without closing ${skipped.join(", ")} (see the warnings above). Check that Redis and the data folder are there, then start it again: queued jobs left unfinished run again then.\n`,
  );
  process.exit(1);
}
