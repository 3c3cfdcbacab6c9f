import { redactUrl } from "@newsdesk/config";
import { probeRedis } from "./redis-server.js";

/**
 * A watch for `ClosingSteps`' `giveUpWhen`: resolves, with the reason, once the Redis at `url`
 * refuses connections, or stays silent `silentTimes` probes in a row. BullMQ's `close()` and
 * ioredis' `quit()` wait for Redis to come back, forever; while it answers they are left to
 * finish (active jobs too). Stops probing when `signal` aborts.
 */
export function untilRedisStopsAnswering(
  url: string,
  options: { everyMs?: number; silentTimes?: number } = {},
): (signal: AbortSignal) => Promise<string> {
  const { hostname, port, protocol } = new URL(url);
  const everyMs = options.everyMs ?? 1_000;
  const silentTimes = options.silentTimes ?? 5;
  return (signal) =>
    new Promise((resolve) => {
      let silent = 0;
      let timer: NodeJS.Timeout | undefined;
      const probe = async () => {
        const answer = await probeRedis(Number(port || 6379), hostname, {
          timeoutMs: everyMs,
          tls: protocol === "rediss:",
        });
        if (signal.aborted) return;
        silent = answer === "silent" ? silent + 1 : 0;
        if (answer === "refused" || silent >= silentTimes) {
          resolve(`Redis at ${redactUrl(url)} stopped answering (${answer}): left unclosed`);
          return;
        }
        timer = setTimeout(probe, everyMs);
      };
      signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
      timer = setTimeout(probe, 0);
    });
}
