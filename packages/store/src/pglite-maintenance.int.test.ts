import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createStore } from "./create-store.js";
import type { Sql } from "./db.js";
import { analyzeChangedTables, maintainTables } from "./pglite-maintenance.js";
import type { TestStore } from "./test-support/index.js";
import { useTestStore } from "./test-support/use-test-store.js";

// PGlite only: PostgreSQL's own autovacuum does this, and its statistics arrive late.
describe.skipIf(process.env.DATABASE_URL)("table maintenance on PGlite", () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  it("analyzes the grown label tables, so a batch's labels are found by index, not by a scan", async () => {
    await store.db.exec(
      `INSERT INTO articles (content_hash, headline, headline_source, paragraphs, contributors, word_count)
       SELECT 'kept-' || g, 'Headline', 'dump', '[]', '[]', 1 FROM generate_series(1, 20000) g;
       INSERT INTO article_places (article_id, name, country_code, mentions)
       SELECT id, 'Town', 'PT', 1 FROM articles`,
    );
    // A backend reports its table changes at most once a second; the test must not depend on
    // having been slow enough for that, so it asks for the report now.
    await store.db.query("SELECT pg_stat_force_next_flush()");
    const ran = await maintainTables(store.db);
    expect(ran).toEqual(expect.arrayContaining(['ANALYZE "article_places"']));
    expect(await deletePlan(store.db)).toMatch(/Index Scan using article_places_pkey/);
    // Nothing changed since: nothing to do.
    expect(await maintainTables(store.db)).toEqual([]);
  });
});

describe.skipIf(process.env.DATABASE_URL)("a PGlite folder reopened by its owner", () => {
  it("has the tables an earlier session grew analyzed, and nothing more to analyze", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-pglite-reopen-"));
    try {
      const first = await createStore({ dataDir: dir });
      // Grown and closed before any maintenance ran: the next session's counters start at zero.
      await first.db.exec(
        `INSERT INTO articles (content_hash, headline, headline_source, paragraphs, contributors, word_count)
         SELECT 'kept-' || g, 'Headline', 'dump', '[]', '[]', 1 FROM generate_series(1, 20000) g;
         INSERT INTO article_places (article_id, name, country_code, mentions)
         SELECT id, 'Town', 'PT', 1 FROM articles`,
      );
      await first.close();

      const reopened = await createStore({ dataDir: dir });
      try {
        expect(await deletePlan(reopened.db)).toMatch(/Index Scan using article_places_pkey/);
        expect(await analyzeChangedTables(reopened.db)).toEqual([]);
      } finally {
        await reopened.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** How the planner deletes 50 articles' places: by index once it knows the table's size. */
async function deletePlan(db: Sql): Promise<string> {
  const rows = await db.query<{ "QUERY PLAN": string }>(
    "EXPLAIN DELETE FROM article_places WHERE article_id = ANY($1::bigint[])",
    [Array.from({ length: 50 }, (_, n) => n + 1)],
  );
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}
