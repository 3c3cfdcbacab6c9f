import { createHash } from "node:crypto";
import { UserError } from "@newsdesk/config";
import type { Db, Sql } from "./db.js";

/** What an editor may change on an article by hand; `undefined` leaves a field as it is. */
export interface ArticleChanges {
  headline?: string | undefined;
  /** `""` removes the dek. */
  dek?: string | undefined;
  primaryBeat?: string | undefined;
  primaryRegion?: string | undefined;
}

/** One article of a dump as the desk shows it: as cut and labelled, with the editor's fixes. */
export interface DeskArticle {
  id: number;
  position: number;
  startLine: number;
  endLine: number;
  /** The headline in effect (the editor's, else the stored one). */
  headline: string;
  /** Whether the stored headline came from the dump or was derived from the lede. */
  headlineSource: "dump" | "derived";
  headlineEdited: boolean;
  dek: string | null;
  paragraphs: string[];
  wordCount: number;
  beats: { id: string; score: number }[];
  regions: { id: string; score: number }[];
  primaryBeat: string | null;
  primaryRegion: string | null;
  /** Why it has its primary beat and region: the classifier's evidence, or an editor. */
  evidence: PrimaryEvidence;
  /**
   * The parser's confidence (0..1) that the article starts where it does in this dump; null
   * for the dump's first article, a hard separator, a dump parsed before the parser gave it,
   * and a part an editor split off.
   */
  startConfidence: number | null;
  classified: boolean;
  classifyError: string | null;
  hidden: boolean;
  mergedInto: number | null;
  splitFrom: number | null;
  editedBy: string | null;
  editedAt: Date | null;
}

/** A dump as the desk lists it. */
export interface DeskDump {
  id: number;
  name: string;
  bytes: number;
  status: string;
  error: string | null;
  createdAt: Date;
  articleCount: number | null;
  newCount: number | null;
  knownCount: number | null;
  /** Articles whose classification failed for good. */
  failedCount: number;
  warningCount: number | null;
  /** Articles of the dump an editor changed. */
  editedCount: number;
  /** Boundaries of the dump the parser was less sure of than the desk's threshold. */
  lowConfidenceCount: number;
}

/**
 * Why an article carries its primary beat and region, as a reader is told: the classifier's
 * strongest words for the beat and places for the region (strongest first; empty when none
 * decided it or the article was classified before evidence was kept), or `null` where an
 * editor set the beat or region, whose reason the classifier's evidence is not.
 */
export interface PrimaryEvidence {
  beat: string[] | null;
  region: string[] | null;
  /**
   * The beat the classifier's model put first, when the article's wording pattern chose the
   * primary beat over it (`beat` then holds that pattern's words); absent otherwise.
   */
  wordingOver?: string;
}

/** One entry of an article's edit history. */
export interface ArticleEditEntry {
  action: "edit" | "hide" | "show" | "merge" | "split";
  detail: Record<string, unknown>;
  editor: string;
  createdAt: Date;
}

/** An edit that cannot be made as asked; the message says what to do instead. */
export class ArticleEditError extends UserError {
  override name = "ArticleEditError";
}

/**
 * Beats best first with the editor's primary beat (if any) at the top, as JSON: `a` is the
 * article, `e` its `article_edits` row (left-joined). The same for regions.
 */
export const EFFECTIVE_BEATS_SQL = labelsFirst("article_beats", "beat_id", "primary_beat");
export const EFFECTIVE_REGIONS_SQL = labelsFirst("article_regions", "region_id", "primary_region");

function labelsFirst(table: string, column: string, override: string): string {
  return `coalesce((SELECT json_agg(json_build_object('id', x.id, 'score', x.score) ORDER BY x.rank)
    FROM (SELECT e.${override} AS id,
            coalesce((SELECT max(score) FROM ${table} WHERE article_id = a.id), 1)::real AS score,
            -1 AS rank
          WHERE e.${override} IS NOT NULL
          UNION ALL
          SELECT l.${column}, l.score, l.rank FROM ${table} l
          WHERE l.article_id = a.id AND l.${column} IS DISTINCT FROM e.${override}) x), '[]'::json)`;
}

/**
 * `PrimaryEvidence` as JSON (`a` the article, `e` its edits): the stored evidence, except
 * where the editor's primary beat or region is in effect.
 */
export const EFFECTIVE_EVIDENCE_SQL = `(jsonb_build_object(
  'beat', CASE WHEN e.primary_beat IS NULL THEN coalesce(a.evidence -> 'beat', '[]'::jsonb) END,
  'region', CASE WHEN e.primary_region IS NULL THEN coalesce(a.evidence -> 'region', '[]'::jsonb) END)
  || CASE WHEN e.primary_beat IS NULL AND a.evidence ? 'wordingOver'
     THEN jsonb_build_object('wordingOver', a.evidence -> 'wordingOver') ELSE '{}'::jsonb END)`;

/** The text columns of an article with the editor's fixes applied (`a` articles, `e` edits). */
export const EFFECTIVE_TEXT_SQL = `a.id, coalesce(e.headline, a.headline) AS headline,
  nullif(coalesce(e.dek, a.dek), '') AS dek, coalesce(e.paragraphs, a.paragraphs) AS paragraphs,
  a.contributors, coalesce(e.word_count, a.word_count) AS "wordCount", a.created_at AS "createdAt"`;

/** Words in some paragraphs, counted the simple way (the parser's count for split parts). */
export function countWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, text) => sum + (text.match(/\S+/g)?.length ?? 0), 0);
}

interface EditRowState {
  headline: string;
  headlineSource: "dump" | "derived";
  dek: string | null;
  paragraphs: string[];
  hidden: boolean;
}

/**
 * The desk's fixes to how dumps were cut: headline, dek, primary beat and region, hide, merge
 * into the article above, split at a paragraph. Each is stored with who and when, kept apart
 * from the labels (which reclassification replaces) and applied when articles are read.
 */
export function articleEditQueries(db: Db) {
  return {
    /**
     * The most recent dumps, newest first, with their article counts and edits, and how many
     * of their boundaries have a start confidence below `lowConfidenceBelow`.
     */
    async listDeskDumps(options: {
      lowConfidenceBelow: number;
      limit?: number;
    }): Promise<DeskDump[]> {
      return db.query<DeskDump>(
        `SELECT d.id, d.name, d.bytes, d.status, d.error, d.created_at AS "createdAt",
           d.article_count AS "articleCount", d.new_count AS "newCount",
           d.known_count AS "knownCount", d.warning_count AS "warningCount",
           (SELECT count(*)::int FROM dump_articles da JOIN articles a ON a.id = da.article_id
             WHERE da.dump_id = d.id AND a.classified_at IS NULL AND a.classify_error IS NOT NULL)
             AS "failedCount",
           (SELECT count(*)::int FROM dump_articles da JOIN article_edits e
             ON e.article_id = da.article_id WHERE da.dump_id = d.id) AS "editedCount",
           (SELECT count(*)::int FROM dump_articles da
             WHERE da.dump_id = d.id AND da.start_confidence < $2) AS "lowConfidenceCount"
         FROM dumps d ORDER BY d.id DESC LIMIT $1`,
        [options.limit ?? 50, options.lowConfidenceBelow],
      );
    },

    /** A dump's articles in dump order (a split's second part right after the first). */
    async listDumpArticles(dumpId: number): Promise<DeskArticle[]> {
      const rows = await db.query<DeskArticle>(
        `SELECT a.id, da.position, da.start_line AS "startLine", da.end_line AS "endLine",
           coalesce(e.headline, a.headline) AS headline, a.headline_source AS "headlineSource",
           (e.headline IS NOT NULL) AS "headlineEdited",
           nullif(coalesce(e.dek, a.dek), '') AS dek, coalesce(e.paragraphs, a.paragraphs) AS paragraphs,
           coalesce(e.word_count, a.word_count) AS "wordCount",
           ${EFFECTIVE_BEATS_SQL} AS beats, ${EFFECTIVE_REGIONS_SQL} AS regions,
           coalesce(e.primary_beat, a.primary_beat) AS "primaryBeat",
           coalesce(e.primary_region, a.primary_region) AS "primaryRegion",
           ${EFFECTIVE_EVIDENCE_SQL} AS evidence, da.start_confidence AS "startConfidence",
           (a.classified_at IS NOT NULL) AS classified, a.classify_error AS "classifyError",
           coalesce(e.hidden, false) AS hidden, e.merged_into AS "mergedInto",
           e.split_from AS "splitFrom", e.edited_by AS "editedBy", e.edited_at AS "editedAt"
         FROM dump_articles da JOIN articles a ON a.id = da.article_id
         LEFT JOIN article_edits e ON e.article_id = a.id
         WHERE da.dump_id = $1 ORDER BY da.position, a.id`,
        [dumpId],
      );
      return rows.map((row) => ({
        ...row,
        id: Number(row.id),
        mergedInto: row.mergedInto === null ? null : Number(row.mergedInto),
        splitFrom: row.splitFrom === null ? null : Number(row.splitFrom),
        editedAt: row.editedAt ? new Date(row.editedAt) : null,
      }));
    },

    /** Changes an article's headline, dek, primary beat or region. */
    async editArticle(articleId: number, changes: ArticleChanges, editor: string): Promise<void> {
      const detail = Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== undefined),
      );
      if (Object.keys(detail).length === 0) return;
      await db.transaction(async (tx) => {
        await stateOf(tx, articleId);
        await tx.query(
          `INSERT INTO article_edits (article_id, headline, dek, primary_beat, primary_region, edited_by)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (article_id) DO UPDATE SET
             headline = coalesce(EXCLUDED.headline, article_edits.headline),
             dek = coalesce(EXCLUDED.dek, article_edits.dek),
             primary_beat = coalesce(EXCLUDED.primary_beat, article_edits.primary_beat),
             primary_region = coalesce(EXCLUDED.primary_region, article_edits.primary_region),
             edited_by = EXCLUDED.edited_by, edited_at = now()`,
          [
            articleId,
            changes.headline ?? null,
            changes.dek ?? null,
            changes.primaryBeat ?? null,
            changes.primaryRegion ?? null,
            editor,
          ],
        );
        await log(tx, articleId, "edit", detail, editor);
      });
    },

    /** Hides an article from every edition (or shows it again). */
    async setArticleHidden(articleId: number, hidden: boolean, editor: string): Promise<void> {
      await db.transaction(async (tx) => {
        await stateOf(tx, articleId);
        await tx.query(
          `INSERT INTO article_edits (article_id, hidden, edited_by) VALUES ($1, $2, $3)
           ON CONFLICT (article_id) DO UPDATE SET hidden = EXCLUDED.hidden,
             merged_into = CASE WHEN EXCLUDED.hidden THEN article_edits.merged_into END,
             edited_by = EXCLUDED.edited_by, edited_at = now()`,
          [articleId, hidden, editor],
        );
        await log(tx, articleId, hidden ? "hide" : "show", {}, editor);
      });
    },

    /**
     * Merges an article into the visible one above it in the dump: its headline (when the dump
     * gave one), dek and paragraphs are appended to that one's text, and it is hidden.
     * Returns the id of the article merged into.
     */
    async mergeIntoAbove(dumpId: number, articleId: number, editor: string): Promise<number> {
      return db.transaction(async (tx) => {
        const order = await tx.query<{ id: number; hidden: boolean }>(
          `SELECT a.id, coalesce(e.hidden, false) AS hidden FROM dump_articles da
           JOIN articles a ON a.id = da.article_id LEFT JOIN article_edits e ON e.article_id = a.id
           WHERE da.dump_id = $1 ORDER BY da.position, a.id`,
          [dumpId],
        );
        const index = order.findIndex((row) => Number(row.id) === articleId);
        if (index < 0) throw new ArticleEditError(`article ${articleId} is not in dump ${dumpId}`);
        const above = order
          .slice(0, index)
          .reverse()
          .find((row) => !row.hidden);
        if (!above) {
          throw new ArticleEditError(
            "There is no visible article above this one to merge it into. Show the one above first, or edit this one instead.",
          );
        }
        const targetId = Number(above.id);
        const [target, source] = await Promise.all([stateOf(tx, targetId), stateOf(tx, articleId)]);
        const appended = [
          ...(source.headlineSource === "dump" ? [source.headline] : []),
          ...(source.dek ? [source.dek] : []),
          ...source.paragraphs,
        ];
        const paragraphs = [...target.paragraphs, ...appended];
        await setText(tx, targetId, paragraphs, editor);
        await tx.query(
          `INSERT INTO article_edits (article_id, hidden, merged_into, edited_by)
           VALUES ($1, true, $2, $3)
           ON CONFLICT (article_id) DO UPDATE SET hidden = true, merged_into = EXCLUDED.merged_into,
             edited_by = EXCLUDED.edited_by, edited_at = now()`,
          [articleId, targetId, editor],
        );
        await log(tx, targetId, "merge", { from: articleId, paragraphs: appended.length }, editor);
        await log(tx, articleId, "merge", { into: targetId }, editor);
        return targetId;
      });
    },

    /**
     * Splits an article before paragraph `at` (0-based, at least 1): the paragraphs from there
     * become a new article with `headline`, in the same dumps, with the same labels and time;
     * the first keeps the paragraphs before. Returns the new article's id.
     */
    async splitArticle(
      articleId: number,
      at: number,
      headline: string,
      editor: string,
    ): Promise<number> {
      return db.transaction(async (tx) => {
        const state = await stateOf(tx, articleId);
        if (!Number.isInteger(at) || at < 1 || at >= state.paragraphs.length) {
          throw new ArticleEditError(
            `An article splits before one of its paragraphs 2 to ${state.paragraphs.length}: pick one of those.`,
          );
        }
        const kept = state.paragraphs.slice(0, at);
        const rest = state.paragraphs.slice(at);
        const hash = `split:${articleId}:${createHash("sha256").update(JSON.stringify(rest)).digest("hex")}`;
        // The labels are copied for the desk to check, not the evidence: the words that decided
        // them may all be in the other part, and no reader should be told they are in this one.
        // Its start is the editor's cut, so its dump_articles rows have no start confidence.
        const [created] = await tx.query<{ id: number }>(
          `INSERT INTO articles (content_hash, headline, headline_source, dek, paragraphs,
             contributors, word_count, primary_beat, primary_region, classified_at, created_at)
           SELECT $2, $3, 'derived', NULL, $4::jsonb, contributors, $5, primary_beat,
             primary_region, classified_at, created_at
           FROM articles WHERE id = $1
           ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
          [articleId, hash, headline, JSON.stringify(rest), countWords(rest)],
        );
        if (!created) {
          throw new ArticleEditError(
            "This article was already split there. Reload the dump's page to see both parts.",
          );
        }
        const newId = Number(created.id);
        for (const [table, columns] of [
          ["article_beats", "beat_id, score, rank"],
          ["article_regions", "region_id, score, rank"],
          ["article_places", "name, country_code, mentions"],
          ["article_people", "name, rank"],
        ] as const) {
          await tx.query(
            `INSERT INTO ${table} (article_id, ${columns})
             SELECT $2, ${columns} FROM ${table} WHERE article_id = $1`,
            [articleId, newId],
          );
        }
        await tx.query(
          `INSERT INTO dump_articles (dump_id, article_id, position, start_line, end_line)
           SELECT dump_id, $2, position, start_line, end_line FROM dump_articles WHERE article_id = $1`,
          [articleId, newId],
        );
        await setText(tx, articleId, kept, editor);
        await tx.query(
          `INSERT INTO article_edits (article_id, split_from, hidden, edited_by)
           VALUES ($1, $2, $3, $4)`,
          [newId, articleId, state.hidden, editor],
        );
        await log(tx, articleId, "split", { at, into: newId }, editor);
        await log(tx, newId, "split", { from: articleId }, editor);
        return newId;
      });
    },

    /** An article's edits, oldest first. */
    async articleEditHistory(articleId: number): Promise<ArticleEditEntry[]> {
      return db.query<ArticleEditEntry>(
        `SELECT action, detail, editor, created_at AS "createdAt" FROM article_edit_log
         WHERE article_id = $1 ORDER BY id`,
        [articleId],
      );
    },
  };
}

/** An article's text as it reads now (edits applied); locks its edit row's article. */
async function stateOf(tx: Sql, articleId: number): Promise<EditRowState> {
  const [row] = await tx.query<EditRowState>(
    `SELECT coalesce(e.headline, a.headline) AS headline, a.headline_source AS "headlineSource",
       nullif(coalesce(e.dek, a.dek), '') AS dek,
       coalesce(e.paragraphs, a.paragraphs) AS paragraphs, coalesce(e.hidden, false) AS hidden
     FROM articles a LEFT JOIN article_edits e ON e.article_id = a.id
     WHERE a.id = $1 FOR UPDATE OF a`,
    [articleId],
  );
  if (!row)
    throw new ArticleEditError(
      `There is no article ${articleId}: it may have been removed. Reload the dump's page.`,
    );
  return row;
}

/** Sets the text an article reads with (and its word count), over what the parser stored. */
async function setText(tx: Sql, articleId: number, paragraphs: string[], editor: string) {
  await tx.query(
    `INSERT INTO article_edits (article_id, paragraphs, word_count, edited_by)
     VALUES ($1, $2::jsonb, $3, $4)
     ON CONFLICT (article_id) DO UPDATE SET paragraphs = EXCLUDED.paragraphs,
       word_count = EXCLUDED.word_count, edited_by = EXCLUDED.edited_by, edited_at = now()`,
    [articleId, JSON.stringify(paragraphs), countWords(paragraphs), editor],
  );
}

async function log(
  tx: Sql,
  articleId: number,
  action: ArticleEditEntry["action"],
  detail: Record<string, unknown>,
  editor: string,
): Promise<void> {
  await tx.query(
    "INSERT INTO article_edit_log (article_id, action, detail, editor) VALUES ($1, $2, $3::jsonb, $4)",
    [articleId, action, JSON.stringify(detail), editor],
  );
}
