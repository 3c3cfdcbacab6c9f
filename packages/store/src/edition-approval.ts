import type { Db } from "./db.js";

/** `automatic`: the schedule sends each edition when due; `hold`: only once an editor approved it. */
export type ApprovalMode = "automatic" | "hold";

/** An edition's approval, when it has one. */
export interface EditionApproval {
  approvedAt: Date;
  approvedBy: string;
}

/** The approval mode (a desk setting) and each edition's approval, with who and when. */
export function editionApprovalQueries(db: Db) {
  return {
    /** `automatic` until an editor chose otherwise. */
    async approvalMode(): Promise<ApprovalMode> {
      const [row] = await db.query<{ value: unknown }>(
        "SELECT value FROM desk_settings WHERE key = 'approval_mode'",
      );
      return row?.value === "hold" ? "hold" : "automatic";
    },
    async setApprovalMode(mode: ApprovalMode, editor: string): Promise<void> {
      await db.query(
        `INSERT INTO desk_settings (key, value, updated_by) VALUES ('approval_mode', $1::jsonb, $2)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by,
           updated_at = now()`,
        [JSON.stringify(mode), editor],
      );
    },
    /** Approves an edition not yet sent; false when it is unknown or already approved. */
    async approveEdition(id: number, editor: string): Promise<boolean> {
      const rows = await db.query(
        `UPDATE editions SET approved_at = now(), approved_by = $2
         WHERE id = $1 AND approved_at IS NULL RETURNING id`,
        [id, editor],
      );
      return rows.length > 0;
    },
    async editionApproval(id: number): Promise<EditionApproval | undefined> {
      const [row] = await db.query<EditionApproval>(
        `SELECT approved_at AS "approvedAt", approved_by AS "approvedBy" FROM editions
         WHERE id = $1 AND approved_at IS NOT NULL`,
        [id],
      );
      return row;
    },
  };
}
