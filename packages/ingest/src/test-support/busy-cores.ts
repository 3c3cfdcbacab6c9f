import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { availableParallelism } from "node:os";

/** Child processes that each spin a core, as a busy server's other work would. */
export interface BusyCores {
  readonly pids: readonly number[];
  /** Kills exactly the processes it started. */
  stop(): Promise<void>;
}

/** Starts one busy-loop `node` per core (or `count`). */
export function startBusyCores(count = availableParallelism()): BusyCores {
  const children: ChildProcess[] = [];
  for (let i = 0; i < count; i++) {
    children.push(spawn(process.execPath, ["-e", "for(;;){}"], { stdio: "ignore" }));
  }
  return {
    pids: children.map((child) => child.pid as number),
    async stop() {
      for (const child of children.splice(0)) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        child.kill("SIGKILL");
        await once(child, "exit");
      }
    },
  };
}
