import { createHash } from "node:crypto";
import type { Db } from "./db.js";
import { yieldToEventLoop } from "./yield-to-event-loop.js";

/** Bytes of a dump read per statement: about 0.1 s of PGlite's decoding on this machine. */
const CONTENT_PIECE = 512 * 1024;

export type DumpStatus = "queued" | "parsing" | "parsed" | "failed";

export interface DumpRow {
  id: number;
  sha256: string;
  name: string;
  bytes: number;
  status: DumpStatus;
  error: string | null;
  articleCount: number | null;
  newCount: number | null;
  knownCount: number | null;
  warningCount: number | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface RegisterDumpResult {
  dump: DumpRow;
  /** False when a dump with the same sha256 was already registered: nothing was added. */
  created: boolean;
}

/** How far a set of dumps has gone through the pipeline. */
export interface DumpProgress {
  dumps: number;
  /** Dumps parsed or failed. */
  dumpsDone: number;
  dumpsFailed: number;
  articles: number;
  classified: number;
  /** Articles whose classification failed for good. */
  classifyFailed: number;
  newArticles: number;
  knownArticles: number;
}

/** sha256 of a dump's bytes, hex. */
export function sha256Hex(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

const DUMP_COLUMNS = `id, sha256, name, bytes, status, error, article_count AS "articleCount",
  new_count AS "newCount", known_count AS "knownCount", warning_count AS "warningCount",
  created_at AS "createdAt", finished_at AS "finishedAt"`;

/** Dumps: their bytes, kept so a job needs only an id, and how far they have gone. */
export function dumpQueries(db: Db) {
  return {
    /** Stores a dump's bytes; the same bytes twice give the first row back with `created: false`. */
    async registerDump(input: { name: string; content: Uint8Array }): Promise<RegisterDumpResult> {
      const sha256 = sha256Hex(input.content);
      const inserted = await db.query<DumpRow>(
        `INSERT INTO dumps (sha256, name, bytes, content) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING RETURNING ${DUMP_COLUMNS}`,
        [sha256, input.name, input.content.byteLength, input.content],
      );
      if (inserted[0]) return { dump: inserted[0], created: true };
      const [existing] = await db.query<DumpRow>(
        `SELECT ${DUMP_COLUMNS} FROM dumps WHERE sha256 = $1`,
        [sha256],
      );
      if (!existing) throw new Error(`dump ${sha256} vanished while being registered`);
      return { dump: existing, created: false };
    },
    async getDump(id: number): Promise<DumpRow | undefined> {
      const [row] = await db.query<DumpRow>(`SELECT ${DUMP_COLUMNS} FROM dumps WHERE id = $1`, [
        id,
      ]);
      return row;
    },
    /** A dump's bytes, read in pieces so that PGlite never holds the event loop for long. */
    async getDumpContent(id: number): Promise<Uint8Array | undefined> {
      const [size] = await db.query<{ bytes: number }>(
        "SELECT octet_length(content) AS bytes FROM dumps WHERE id = $1",
        [id],
      );
      if (!size) return undefined;
      const content = new Uint8Array(size.bytes);
      for (let offset = 0; offset < size.bytes; offset += CONTENT_PIECE) {
        const [row] = await db.query<{ piece: Uint8Array }>(
          "SELECT substring(content FROM $2 FOR $3) AS piece FROM dumps WHERE id = $1",
          [id, offset + 1, CONTENT_PIECE],
        );
        if (!row) return undefined;
        content.set(row.piece, offset);
        await yieldToEventLoop();
      }
      return content;
    },
    /** Dumps the database says still wait for, or are in, their ingest job. */
    async unfinishedDumpIds(): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        "SELECT id FROM dumps WHERE status IN ('queued', 'parsing') ORDER BY id",
      );
      return rows.map((row) => row.id);
    },
    async markDumpParsing(id: number): Promise<void> {
      await db.query(
        "UPDATE dumps SET status = 'parsing', error = NULL WHERE id = $1 AND status <> 'parsed'",
        [id],
      );
    },
    /** Puts a failed dump back to `queued` for another try; true when it was failed. */
    async requeueFailedDump(id: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE dumps SET status = 'queued', error = NULL, finished_at = NULL
         WHERE id = $1 AND status = 'failed' RETURNING id`,
        [id],
      );
      return rows.length > 0;
    },
    /**
     * Records why a dump could not be ingested. A dump already `parsed` stays so: its articles
     * are stored, and only the job's bookkeeping after that failed (a lock lost on a busy
     * machine); what it left unclassified is still counted as such.
     */
    async failDump(id: number, error: string): Promise<void> {
      await db.query(
        "UPDATE dumps SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status <> 'parsed'",
        [id, error],
      );
    },
    /** How far these dumps have gone: parsed, and their articles classified. */
    async dumpProgress(dumpIds: readonly number[]): Promise<DumpProgress> {
      const ids = JSON.stringify(dumpIds);
      const [dumps] = await db.query<
        Omit<DumpProgress, "articles" | "classified" | "classifyFailed">
      >(
        `SELECT count(*)::int AS dumps,
           count(*) FILTER (WHERE status IN ('parsed', 'failed'))::int AS "dumpsDone",
           count(*) FILTER (WHERE status = 'failed')::int AS "dumpsFailed",
           coalesce(sum(new_count), 0)::int AS "newArticles",
           coalesce(sum(known_count), 0)::int AS "knownArticles"
         FROM dumps WHERE id IN (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb))`,
        [ids],
      );
      const [articles] = await db.query<
        Pick<DumpProgress, "articles" | "classified" | "classifyFailed">
      >(
        `SELECT count(*)::int AS articles,
           count(*) FILTER (WHERE a.classified_at IS NOT NULL)::int AS classified,
           count(*) FILTER (WHERE a.classified_at IS NULL AND a.classify_error IS NOT NULL)::int
             AS "classifyFailed"
         FROM articles a WHERE a.id IN (SELECT article_id FROM dump_articles
           WHERE dump_id IN (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb)))`,
        [ids],
      );
      return {
        dumps: dumps?.dumps ?? 0,
        dumpsDone: dumps?.dumpsDone ?? 0,
        dumpsFailed: dumps?.dumpsFailed ?? 0,
        newArticles: dumps?.newArticles ?? 0,
        knownArticles: dumps?.knownArticles ?? 0,
        articles: articles?.articles ?? 0,
        classified: articles?.classified ?? 0,
        classifyFailed: articles?.classifyFailed ?? 0,
      };
    },
    /** The most recent dumps, newest first. */
    async recentDumps(limit = 10): Promise<DumpRow[]> {
      return db.query<DumpRow>(`SELECT ${DUMP_COLUMNS} FROM dumps ORDER BY id DESC LIMIT $1`, [
        limit,
      ]);
    },
  };
}
