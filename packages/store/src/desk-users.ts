import { UserError } from "@newsdesk/config";
import type { Db } from "./db.js";

/** What a desk account may do: an editor reviews and edits, an admin also runs the desk. */
export type DeskRole = "admin" | "editor";

/** A desk account as the desk lists it (never with its password hash). */
export interface DeskUser {
  id: number;
  /** An email address or a user name, lower case: what the account signs in with. */
  login: string;
  displayName: string;
  role: DeskRole;
  createdAt: Date;
  disabledAt: Date | null;
}

/** The account a sign-in checks: with its hash. */
export interface DeskUserCredentials extends DeskUser {
  passwordHash: string;
}

export interface NewDeskUser {
  login: string;
  displayName: string;
  role: DeskRole;
  passwordHash: string;
}

/** Another account already signs in with that login. */
export class DeskUserExistsError extends UserError {
  override name = "DeskUserExistsError";
  constructor(readonly login: string) {
    super(
      `there is already a desk account for ${login}: pick another login, or change that account's role or password instead`,
    );
  }
}

/** The columns of a `DeskUser`, of the table aliased `u`. */
const USER_COLUMNS = `u.id, u.login, u.display_name AS "displayName", u.role,
  u.created_at AS "createdAt", u.disabled_at AS "disabledAt"`;

/** Desk accounts and their sessions (`desk_users`, `desk_sessions`). */
export function deskUserQueries(db: Db) {
  return {
    /** Adds an account; `DeskUserExistsError` when the login is taken. */
    async createDeskUser(user: NewDeskUser): Promise<DeskUser> {
      try {
        const [row] = await db.query<DeskUser>(
          `INSERT INTO desk_users (login, display_name, role, password_hash)
           VALUES ($1, $2, $3, $4) RETURNING id, login, display_name AS "displayName", role,
             created_at AS "createdAt", disabled_at AS "disabledAt"`,
          [user.login, user.displayName, user.role, user.passwordHash],
        );
        return row as DeskUser;
      } catch (error) {
        if ((error as { code?: unknown }).code === "23505") {
          throw new DeskUserExistsError(user.login);
        }
        throw error;
      }
    },
    /** Every account, enabled ones first, then by login. */
    async listDeskUsers(): Promise<DeskUser[]> {
      return db.query<DeskUser>(
        `SELECT ${USER_COLUMNS} FROM desk_users u ORDER BY disabled_at IS NOT NULL, login`,
      );
    },
    async getDeskUser(id: number): Promise<DeskUser | undefined> {
      const [row] = await db.query<DeskUser>(
        `SELECT ${USER_COLUMNS} FROM desk_users u WHERE id = $1`,
        [id],
      );
      return row;
    },
    /** The account signing in with `login` (already lower case), disabled or not. */
    async deskUserCredentials(login: string): Promise<DeskUserCredentials | undefined> {
      const [row] = await db.query<DeskUserCredentials>(
        `SELECT ${USER_COLUMNS}, password_hash AS "passwordHash" FROM desk_users u
         WHERE login = $1`,
        [login],
      );
      return row;
    },
    /** Enabled admin accounts: while there are none, the admin token signs in to the desk. */
    async countDeskAdmins(): Promise<number> {
      const [row] = await db.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM desk_users WHERE role = 'admin' AND disabled_at IS NULL",
      );
      return row?.count ?? 0;
    },
    async setDeskUserRole(id: number, role: DeskRole): Promise<boolean> {
      const rows = await db.query("UPDATE desk_users SET role = $2 WHERE id = $1 RETURNING id", [
        id,
        role,
      ]);
      return rows.length > 0;
    },
    /** A new password: every session of the account ends. */
    async setDeskUserPassword(id: number, passwordHash: string): Promise<boolean> {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          "UPDATE desk_users SET password_hash = $2 WHERE id = $1 RETURNING id",
          [id, passwordHash],
        );
        await tx.query("DELETE FROM desk_sessions WHERE user_id = $1", [id]);
        return rows.length > 0;
      });
    },
    /**
     * Disables (every session ends, sign-in refused) or enables an account; false when it was
     * already so or does not exist.
     */
    async setDeskUserDisabled(id: number, disabled: boolean): Promise<boolean> {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          `UPDATE desk_users SET disabled_at = CASE WHEN $2 THEN now() END
           WHERE id = $1 AND (disabled_at IS NOT NULL) <> $2 RETURNING id`,
          [id, disabled],
        );
        if (disabled) await tx.query("DELETE FROM desk_sessions WHERE user_id = $1", [id]);
        return rows.length > 0;
      });
    },
    /** Stores a session by the hash of its cookie's value; expired ones go at the same time. */
    async createDeskSession(session: { id: string; userId: number; expiresAt: Date }) {
      await db.query("DELETE FROM desk_sessions WHERE expires_at < now()");
      await db.query("INSERT INTO desk_sessions (id, user_id, expires_at) VALUES ($1, $2, $3)", [
        session.id,
        session.userId,
        session.expiresAt,
      ]);
    },
    /** The enabled account a live session belongs to. */
    async deskSessionUser(id: string): Promise<DeskUser | undefined> {
      const [row] = await db.query<DeskUser>(
        `SELECT ${USER_COLUMNS} FROM desk_sessions s
         JOIN desk_users u ON u.id = s.user_id
         WHERE s.id = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
        [id],
      );
      return row;
    },
    async deleteDeskSession(id: string): Promise<void> {
      await db.query("DELETE FROM desk_sessions WHERE id = $1", [id]);
    },
  };
}
