import type { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { SessionQueue } from "./pglite-server.js";

/** A stand-in PGlite: records the order messages ran in; BEGIN/COMMIT toggle the transaction. */
function fakePglite() {
  const ran: string[] = [];
  let inTransaction = false;
  const db = {
    runExclusive: <T>(fn: () => Promise<T>) => fn(),
    async execProtocolRawStream(message: Uint8Array) {
      const text = new TextDecoder().decode(message);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (text.includes("fail")) throw new Error("broken message");
      if (text.includes("BEGIN")) inTransaction = true;
      if (text.includes("COMMIT")) inTransaction = false;
      ran.push(text);
    },
    isInTransaction: () => inTransaction,
    async exec(sql: string) {
      ran.push(sql);
      if (sql === "ROLLBACK") inTransaction = false;
    },
  };
  return { db: db as unknown as PGlite, ran };
}

const message = (text: string) => new TextEncoder().encode(text);
const noop = () => {};

describe("SessionQueue", () => {
  it("keeps a client's Parse/Bind/Execute batch whole until its Sync", async () => {
    const { db, ran } = fakePglite();
    const queue = new SessionQueue(db);
    const a = queue.enqueue(1, message("P a"), noop);
    const b = queue.enqueue(2, message("Q b"), noop);
    await a;
    // Client 1's batch goes on while client 2's query waits for its Sync.
    await queue.enqueue(1, message("B a"), noop);
    await queue.enqueue(1, message("E a"), noop);
    await queue.enqueue(1, message("S a"), noop);
    await b;
    expect(ran).toEqual(["P a", "B a", "E a", "S a", "Q b"]);
  });

  it("keeps a client's transaction whole, and rolls it back when the client leaves", async () => {
    const { db, ran } = fakePglite();
    const queue = new SessionQueue(db);
    await queue.enqueue(1, message("Q BEGIN"), noop);
    const other = queue.enqueue(2, message("Q other"), noop);
    await queue.enqueue(1, message("Q insert"), noop);
    await queue.clearTransactionIfNeeded(1);
    await other;
    expect(ran).toEqual(["Q BEGIN", "Q insert", "ROLLBACK", "Q other"]);
  });

  it("goes on after a message fails", async () => {
    const { db, ran } = fakePglite();
    const queue = new SessionQueue(db);
    const failing = queue.enqueue(1, message("Q fail"), noop);
    const next = queue.enqueue(2, message("Q next"), noop);
    await expect(failing).rejects.toThrow("broken message");
    await next;
    expect(ran).toEqual(["Q next"]);
  });
});
