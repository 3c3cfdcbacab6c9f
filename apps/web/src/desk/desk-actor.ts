/**
 * Who the desk's edits, approvals and audit entries name: one shared admin token is one
 * editor, until the desk has named accounts.
 */
export const DESK_ACTOR = "admin";
