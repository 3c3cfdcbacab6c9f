import type { Redis } from "ioredis";
import { closeHandler } from "ioredis/built/redis/event_handler.js";

/**
 * Makes `connection`, and every duplicate of it, end when told to disconnect while it waits to
 * retry.
 *
 * ioredis (6.0.0; ioredis#1830) only clears its retry timer then: with no socket left to close,
 * the connection stays "reconnecting" for good and never emits "end". BullMQ's `Worker.close()`
 * and `QueueEvents.close()` disconnect their own connections and wait for "end", so closing one
 * whose connection still waited to retry (during an outage, or for up to ioredis' 5 s backoff
 * after Redis came back) waited forever. Duplicates matter: BullMQ's blocking and queue-events
 * connections are duplicates of the one it is given.
 */
export function endsWhenDisconnectedWhileRetrying<Connection extends Redis>(
  connection: Connection,
): Connection {
  const { disconnect, duplicate } = connection;
  connection.disconnect = (reconnect = false) => {
    const waitingToRetry = !reconnect && connection.status === "reconnecting";
    disconnect.call(connection, reconnect);
    // What ioredis does itself for a connection that never had a socket ("wait"): closed on
    // purpose, it ends ("close", then "end") and rejects the commands it still held.
    if (waitingToRetry) closeHandler(connection)();
  };
  connection.duplicate = ((...args: Parameters<Redis["duplicate"]>) =>
    endsWhenDisconnectedWhileRetrying(
      duplicate.apply(connection, args),
    )) as Connection["duplicate"];
  return connection;
}
