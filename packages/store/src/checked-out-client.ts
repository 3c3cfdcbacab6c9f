import type pg from "pg";

/** A pooled client taken for a transaction or a lock, and how to give it back. */
export interface CheckedOutClient {
  client: pg.PoolClient;
  /** Returns the client; one whose connection broke (or `broken`) is discarded, not reused. */
  release(broken?: Error): void;
}

/**
 * Takes a client from the pool, listening for its `error` event while it is out. `pg` emits
 * `error` on a client whose connection drops (`pg_terminate_backend`, a server restart), and
 * the pool listens only to idle clients: unheard, the event kills the process. Heard, the
 * statement in flight still rejects, so the job running it fails as transient and is retried.
 */
export async function checkOutClient(pool: pg.Pool): Promise<CheckedOutClient> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost = error;
  };
  client.on("error", onError);
  return {
    client,
    release(broken) {
      const error = broken ?? lost;
      // A broken client is ended by the pool; it keeps the listener for whatever it says last.
      if (!error) client.off("error", onError);
      client.release(error);
    },
  };
}
