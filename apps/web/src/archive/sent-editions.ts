import type { Sql } from "@newsdesk/store";
import { editionArticleIds } from "./edition-article-ids.js";

/**
 * An edition went out once at least one of its emails was sent; before that (a draft, an
 * edition with no audience, or one paused before its first send) nobody has seen it, so the
 * public pages do not show it.
 */
const SENT = `e.prepared_at IS NOT NULL AND e.content IS NOT NULL
  AND EXISTS (SELECT 1 FROM deliveries d WHERE d.edition_id = e.id AND d.state = 'sent')`;

/** What the public archive may show: editions that went out, and the articles they named. */
export interface SentEditions {
  /** Which of these editions went out. */
  sentAmong(editionIds: readonly number[]): Promise<Set<number>>;
  /** Whether the article was named by an edition that went out. */
  hasArticle(articleId: number): Promise<boolean>;
}

/**
 * Reads from the editions and deliveries tables, no column of its own. The articles of sent
 * editions are kept in memory (a sent edition's content no longer changes), so an article page
 * costs one small query of sent edition ids when the article is not among them yet.
 */
export function sentEditions(db: Sql): SentEditions {
  const loaded = new Set<number>();
  const articles = new Set<number>();
  let loading: Promise<void> | undefined;

  const loadNew = async () => {
    const rows = await db.query<{ id: string | number }>(
      `SELECT e.id FROM editions e WHERE ${SENT}`,
    );
    const fresh = rows.map((row) => Number(row.id)).filter((id) => !loaded.has(id));
    if (fresh.length === 0) return;
    const contents = await db.query<{ id: string | number; content: unknown }>(
      "SELECT id, content FROM editions WHERE id = ANY($1::bigint[])",
      [fresh],
    );
    for (const row of contents) {
      for (const id of editionArticleIds(row.content)) articles.add(id);
      loaded.add(Number(row.id));
    }
  };

  return {
    async sentAmong(editionIds) {
      if (editionIds.length === 0) return new Set();
      const rows = await db.query<{ id: string | number }>(
        `SELECT e.id FROM editions e WHERE e.id = ANY($1::bigint[]) AND ${SENT}`,
        [editionIds],
      );
      return new Set(rows.map((row) => Number(row.id)));
    },

    async hasArticle(articleId) {
      if (articles.has(articleId)) return true;
      // Requests at once share one refresh.
      loading ??= loadNew().finally(() => {
        loading = undefined;
      });
      await loading;
      return articles.has(articleId);
    },
  };
}
