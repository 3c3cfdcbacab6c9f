import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createStore, type Store } from "./create-store.js";
import { DatabaseUnreachableError, SocketPathTooLongError } from "./errors.js";
import { loadMigrations } from "./migrate.js";

const databaseUrl = process.env.DATABASE_URL;

describe("embedded PGlite in a data folder", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("keeps data across reopenings and serves it to a second process", async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-store-"));
    const first = await createStore({ dataDir: dir });
    await first.registerDump({ name: "kept", content: new TextEncoder().encode("kept") });
    expect(first.location).toBe(`pglite:${join(dir, "pglite")}`);
    expect(await readFile(join(dir, "pglite.pid"), "utf8")).toMatch(
      new RegExp(`^${process.pid}\\n`),
    );

    // A second opener (here in the same process) connects to the owner's socket.
    const second = await createStore({ dataDir: dir, maxConnections: 4 });
    expect(second.location).toContain("served by process");
    expect((await second.recentDumps()).map((dump) => dump.name)).toEqual(["kept"]);
    await second.close();
    await first.close();

    const reopened = await createStore({ dataDir: dir });
    try {
      expect((await reopened.recentDumps()).map((dump) => dump.name)).toEqual(["kept"]);
    } finally {
      await reopened.close();
    }
    // Three opens of a PGlite folder (the first creates it) took 31 s at load 14.
  }, 120_000);

  it("is migrated by its owner before the others connect, so several can start together", async () => {
    // As `newsdesk worker`, `web` and `digest run` started at once: the served ones share the
    // owner's one PGlite session, where an advisory lock would keep none of them out.
    dir = await mkdtemp(join(tmpdir(), "newsdesk-store-"));
    const stores = await Promise.all([1, 2, 3].map(() => createStore({ dataDir: dir })));
    try {
      expect(stores.filter((store) => store.location.includes("served by process"))).toHaveLength(
        2,
      );
      const [versions] = await Promise.all(
        stores.map((store) =>
          store.db.query<{ version: string }>("SELECT version FROM schema_migrations"),
        ),
      );
      expect(versions).toHaveLength((await loadMigrations()).length);
    } finally {
      for (const store of stores.reverse()) await store.close();
    }
  });

  it("keeps each connection's statements and transactions whole while they take turns", async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-store-"));
    const owner = await createStore({ dataDir: dir, maxConnections: 4 });
    const other = await createStore({ dataDir: dir, maxConnections: 4 });
    try {
      const names = Array.from({ length: 40 }, (_, n) => `dump-${n}`);
      const ids = await Promise.all(
        names.map(async (name, n) => {
          const store = n % 2 ? owner : other;
          const { dump } = await store.registerDump({
            name,
            content: new TextEncoder().encode(name),
          });
          return dump.id;
        }),
      );
      // Parameterized statements from both sides at once: each gets its own row back.
      const read = await Promise.all(
        ids.map((id, n) => (n % 2 ? other : owner).getDump(id).then((dump) => dump?.name)),
      );
      expect(read).toEqual(names);
      // A transaction rolled back on one side is never seen from the other, even half-way.
      let seenUncommitted = false;
      const rolledBack = other.db
        .transaction(async (tx) => {
          await tx.query(
            "INSERT INTO dumps (sha256, name, bytes, content) VALUES ('x', 'ghost', 0, '')",
          );
          await new Promise((resolve) => setTimeout(resolve, 50));
          throw new Error("changed my mind");
        })
        .catch(() => undefined);
      const watching = (async () => {
        for (let n = 0; n < 10; n++) {
          const rows = await owner.db.query("SELECT 1 FROM dumps WHERE name = 'ghost'");
          if (rows.length > 0) seenUncommitted = true;
        }
      })();
      await Promise.all([rolledBack, watching]);
      expect(seenUncommitted).toBe(false);
      expect(await owner.db.query("SELECT 1 FROM dumps WHERE name = 'ghost'")).toEqual([]);
    } finally {
      await other.close();
      await owner.close();
    }
  });
});

describe("a data folder too deep for a Unix socket", () => {
  it("is refused with what to do before anything is opened", async () => {
    const deep = join(tmpdir(), "newsdesk-".repeat(12));
    const error = await createStore({ dataDir: deep }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SocketPathTooLongError);
    expect((error as Error).message).toContain("set DATA_DIR to a shorter folder");
  });
});

describe("an unreachable PostgreSQL", () => {
  it("fails with what to do, and no password", async () => {
    const error = await createStore({
      databaseUrl: "postgres://newsdesk:s3cret@127.0.0.1:1/newsdesk",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseUnreachableError);
    expect((error as Error).message).toContain("docker compose up -d postgres");
    expect((error as Error).message).not.toContain("s3cret");
  });
});

describe.skipIf(!databaseUrl)("PostgreSQL migrations", () => {
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const opened: Store[] = [];
  afterEach(async () => {
    const cleaner = opened[0] ?? (await createStore({ databaseUrl, schema }));
    if (!opened[0]) opened.push(cleaner);
    await cleaner.db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await Promise.all(opened.map((store) => store.close()));
  });

  it("are applied once when several processes start together", async () => {
    const settled = await Promise.allSettled(
      Array.from({ length: 4 }, () => createStore({ databaseUrl, schema, maxConnections: 2 })),
    );
    const stores = settled.flatMap((result) =>
      result.status === "fulfilled" ? [result.value] : [],
    );
    opened.push(...stores);
    expect(settled.map((result) => result.status)).toEqual(Array(4).fill("fulfilled"));
    const rows = await stores[0]?.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM schema_migrations",
    );
    // Each migration once, however many processes raced to apply it.
    expect(rows?.[0]?.n).toBe((await loadMigrations()).length);
  });
});
