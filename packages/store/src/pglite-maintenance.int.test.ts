import { describe, expect, it } from "vitest";
import { maintainTables } from "./pglite-maintenance.js";
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
    const plan = async () =>
      (
        await store.db.query<{ "QUERY PLAN": string }>(
          "EXPLAIN DELETE FROM article_places WHERE article_id = ANY($1::bigint[])",
          [Array.from({ length: 50 }, (_, n) => n + 1)],
        )
      )
        .map((row) => row["QUERY PLAN"])
        .join("\n");
    const ran = await maintainTables(store.db);
    expect(ran).toEqual(expect.arrayContaining(['ANALYZE "article_places"']));
    expect(await plan()).toMatch(/Index Scan using article_places_pkey/);
    // Nothing changed since: nothing to do.
    expect(await maintainTables(store.db)).toEqual([]);
  });
});
