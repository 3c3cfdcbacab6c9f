import type { Store } from "@newsdesk/store";
import { expect } from "vitest";

/**
 * The dump is parsed into `count` articles, each stored, linked to it and classified exactly
 * once, with nothing failed: what the pipeline promises whatever happened on the way.
 */
export async function expectArticlesOnce(
  store: Pick<Store, "getDump" | "counts" | "db">,
  dumpId: number,
  count: number,
): Promise<void> {
  expect(await store.getDump(dumpId)).toMatchObject({ status: "parsed", articleCount: count });
  expect(await store.counts()).toMatchObject({
    articles: count,
    classified: count,
    classifyFailed: 0,
  });
  const [links] = await store.db.query<{ n: number; distinct: number }>(
    "SELECT count(*)::int AS n, count(DISTINCT article_id)::int AS distinct FROM dump_articles WHERE dump_id = $1",
    [dumpId],
  );
  expect(links).toEqual({ n: count, distinct: count });
  const [beats] = await store.db.query<{ n: number }>(
    "SELECT count(DISTINCT article_id)::int AS n FROM article_beats",
  );
  expect(beats?.n).toBe(count);
}
