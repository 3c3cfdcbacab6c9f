import type { Db } from "./db.js";

/** One action taken on the desk. */
export interface DeskAction {
  /** Who: the desk account (`admin` while there is one shared token). */
  actor: string;
  /** What, as `area.verb`: `article.merge`, `subscribers.import`, `edition.approve`... */
  action: string;
  /** What it was done to, for people: `article 12`, `edition 3`. */
  subject?: string | undefined;
  /** Counts and ids only: never article text or subscribers' addresses. */
  detail?: Record<string, unknown> | undefined;
}

export interface DeskActionRow extends Required<Omit<DeskAction, "subject">> {
  id: number;
  subject: string | null;
  createdAt: Date;
}

/** The desk's audit log: appended to by every desk action, read newest first. */
export function deskAuditQueries(db: Db) {
  return {
    async recordDeskAction(entry: DeskAction): Promise<void> {
      await db.query(
        "INSERT INTO desk_audit (actor, action, subject, detail) VALUES ($1, $2, $3, $4::jsonb)",
        [entry.actor, entry.action, entry.subject ?? null, JSON.stringify(entry.detail ?? {})],
      );
    },
    /** The latest actions, newest first; `before` pages back by id. */
    async listDeskActions(options: { limit?: number; before?: number | undefined } = {}) {
      return db.query<DeskActionRow>(
        `SELECT id, actor, action, subject, detail, created_at AS "createdAt" FROM desk_audit
         WHERE $2::bigint IS NULL OR id < $2 ORDER BY id DESC LIMIT $1`,
        [options.limit ?? 100, options.before ?? null],
      );
    },
  };
}
