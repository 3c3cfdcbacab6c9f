/**
 * Resolves on the first SIGINT or SIGTERM, having logged it: time for a process to let its
 * active jobs finish and close. Later signals are ignored while it does.
 */
export function untilStopSignal(log: {
  info: (fields: object, message: string) => void;
}): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      process.on("SIGINT", ignore);
      process.on("SIGTERM", ignore);
      log.info({ signal }, "stopping: letting active jobs finish");
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

function ignore(): void {}
