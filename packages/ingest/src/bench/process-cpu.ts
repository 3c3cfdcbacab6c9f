import { readFileSync } from "node:fs";

/** Clock ticks per second of Linux's /proc/<pid>/stat times (USER_HZ, 100 on every Linux ABI). */
const USER_HZ = 100;

/**
 * CPU seconds (user + system, all threads) a child process has used so far, from Linux's
 * /proc/<pid>/stat: a worker's thread pool included, which `process.cpuUsage()` in the
 * benchmark's own process cannot see. Undefined where /proc is missing.
 */
export function processCpuSeconds(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  // The command name, in parentheses, may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / USER_HZ;
}
