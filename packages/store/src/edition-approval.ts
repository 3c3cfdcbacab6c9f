import type { Db } from "./db.js";
import { readDeskSetting, writeDeskSetting } from "./desk-settings.js";

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
      return (await readDeskSetting(db, "approval_mode")) === "hold" ? "hold" : "automatic";
    },
    async setApprovalMode(mode: ApprovalMode, editor: string): Promise<void> {
      await writeDeskSetting(db, "approval_mode", mode, editor);
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
