import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createStore, type Store } from "./create-store.js";
import { DatabaseUnreachableError, PgliteBusyError } from "./errors.js";
import { loadMigrations } from "./migrate.js";

const databaseUrl = process.env.DATABASE_URL;

describe("embedded PGlite in a data folder", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("keeps data across reopenings and refuses a second owner", async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-store-"));
    const first = await createStore({ dataDir: dir });
    await first.registerDump({ name: "kept", content: new TextEncoder().encode("kept") });
    expect(first.location).toBe(`pglite:${join(dir, "pglite")}`);
    expect(await readFile(join(dir, "pglite.pid"), "utf8")).toMatch(
      new RegExp(`^${process.pid}\\n`),
    );

    await expect(createStore({ dataDir: dir })).rejects.toBeInstanceOf(PgliteBusyError);
    await first.close();

    const reopened = await createStore({ dataDir: dir });
    try {
      expect((await reopened.recentDumps()).map((dump) => dump.name)).toEqual(["kept"]);
    } finally {
      await reopened.close();
    }
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
