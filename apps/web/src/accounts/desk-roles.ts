import type { DeskRole } from "@newsdesk/store";

/**
 * What each role may do on the desk. Editors review dumps and fix articles, upload dumps and
 * draft editions (preview, test sends); only admins run the desk: accounts, subscribers'
 * imports, exports and removals, the approval mode, approving and resuming sends, and the
 * machinery (outbox, queues, metrics).
 */
export const DESK_PERMISSIONS = {
  /** The desk's pages: preview, dumps, editions as drafts, the audit log. */
  viewDesk: ["admin", "editor"],
  editArticles: ["admin", "editor"],
  uploadDumps: ["admin", "editor"],
  /** Pin, drop and reorder the stories of a draft edition. */
  draftEditions: ["admin", "editor"],
  testSendEditions: ["admin", "editor"],
  viewSubscribers: ["admin", "editor"],
  /** Import, export (every address at once) and remove. */
  manageSubscribers: ["admin"],
  /** Approve a held edition and resume a paused one: both send mail to every subscriber. */
  sendEditions: ["admin"],
  setApprovalMode: ["admin"],
  /** The desk's settings and branding, for the pages that change them. */
  manageSettings: ["admin"],
  manageUsers: ["admin"],
  /** The outbox (confirmation links act for readers), Bull Board and /metrics. */
  operate: ["admin"],
} as const satisfies Record<string, readonly DeskRole[]>;

export type DeskPermission = keyof typeof DESK_PERMISSIONS;

/** Whether `role` may do what `permission` names. */
export function roleCan(role: DeskRole, permission: DeskPermission): boolean {
  return (DESK_PERMISSIONS[permission] as readonly DeskRole[]).includes(role);
}

/** Every permission with whether `role` has it: what the pages show or hide. */
export function permissionsOf(role: DeskRole): Record<DeskPermission, boolean> {
  return Object.fromEntries(
    Object.keys(DESK_PERMISSIONS).map((permission) => [
      permission,
      roleCan(role, permission as DeskPermission),
    ]),
  ) as Record<DeskPermission, boolean>;
}

/** What a refusal says was refused, after "Only an admin can ". */
export const PERMISSION_WORDS: Record<DeskPermission, string> = {
  viewDesk: "open the desk",
  editArticles: "edit articles",
  uploadDumps: "upload dumps",
  draftEditions: "pin, drop or reorder a draft's stories",
  testSendEditions: "send test editions",
  viewSubscribers: "see the subscribers",
  manageSubscribers: "import, export or remove subscribers",
  sendEditions: "approve or resume the sending of an edition",
  setApprovalMode: "change the approval mode",
  manageSettings: "change the desk's settings and branding",
  manageUsers: "manage desk accounts",
  operate: "open the outbox, the queues and the metrics",
};
