import { rm } from "node:fs/promises";
import { createServer, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from "@electric-sql/pglite-socket";

interface Turn {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(error: unknown): void;
}

// Frontend messages that leave an extended-protocol batch open until its Sync: Parse, Bind,
// Describe, Execute, Close, Flush.
const MID_BATCH = new Set(["P", "B", "D", "E", "C", "H"].map((type) => type.charCodeAt(0)));

/**
 * Runs the clients' protocol messages one at a time on PGlite's single session, and keeps a
 * client's turn from its first message until the session is free again: outside a transaction
 * and not inside a Parse/Bind/Execute batch (until its Sync). pglite-socket's own queue keeps a
 * turn only inside a transaction, so two clients' batches interleave and one binds the other's
 * unnamed statement, and one failed message stops its queue for good (electric-sql/pglite#1046);
 * this queue is what each PGLiteSocketHandler is given instead.
 */
export class SessionQueue {
  readonly #db: PGlite;
  #turns: Turn[] = [];
  #running = false;
  /** The client whose turn it is; null when any may go. */
  #holder: number | null = null;

  constructor(db: PGlite) {
    this.#db = db;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void) {
    return new Promise<number>((resolve, reject) => {
      this.#turns.push({ handlerId, message, onData, resolve, reject });
      void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#turns.length > 0) {
        const next =
          this.#holder === null
            ? 0
            : this.#turns.findIndex((turn) => turn.handlerId === this.#holder);
        // The holder's next message has not come yet: everyone else waits for it.
        if (next === -1) break;
        const [turn] = this.#turns.splice(next, 1) as [Turn];
        let bytes = 0;
        try {
          await this.#db.runExclusive(() =>
            this.#db.execProtocolRawStream(turn.message, {
              onRawData: (data) => {
                bytes += data.length;
                turn.onData(data);
              },
            }),
          );
          const open = MID_BATCH.has(turn.message[0] as number) || this.#db.isInTransaction();
          this.#holder = open ? turn.handlerId : null;
          turn.resolve(bytes);
        } catch (error) {
          this.#holder = null;
          turn.reject(error);
        }
      }
    } finally {
      this.#running = false;
    }
  }

  getQueueLength(): number {
    return this.#turns.length;
  }

  /** A client left: its waiting messages go. */
  clearQueueForHandler(handlerId: number): void {
    const left = this.#turns.filter((turn) => turn.handlerId === handlerId);
    this.#turns = this.#turns.filter((turn) => turn.handlerId !== handlerId);
    for (const turn of left) turn.reject(new Error("the client disconnected"));
  }

  /** A client left during its turn: its transaction is rolled back and the others go on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.#holder !== handlerId) return;
    if (this.#db.isInTransaction()) await this.#db.exec("ROLLBACK");
    this.#holder = null;
    void this.#drain();
  }
}

export interface PgliteServer {
  /** The folder `pg` is given as `host`; the socket in it is `.s.PGSQL.5432`. */
  socketDir: string;
  close(): Promise<void>;
}

/** The port number in the socket's file name, as `pg` and `psql` build it. */
export const SOCKET_PORT = 5432;

/**
 * Serves a PGlite database to other processes as a PostgreSQL server on a Unix socket in
 * `socketDir` (any number of `pg` connections, their statements taking turns on PGlite's one
 * session). A socket file left by a killed owner is replaced: the caller holds the pid file.
 */
export async function servePglite(db: PGlite, socketDir: string): Promise<PgliteServer> {
  const path = `${socketDir}/.s.PGSQL.${SOCKET_PORT}`;
  await rm(path, { force: true });
  const queue = new SessionQueue(db);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    const handler = new PGLiteSocketHandler({
      // The handler needs only enqueue, clearQueueForHandler and clearTransactionIfNeeded.
      queryQueue: queue as unknown as PGLiteSocketHandlerOptions["queryQueue"],
      closeOnDetach: true,
    });
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    socketDir,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
      await rm(path, { force: true });
    },
  };
}
