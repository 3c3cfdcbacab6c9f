import { redactUrl, UserError } from "@newsdesk/config";
/** Another process holds the embedded PGlite database and does not serve it on its socket. */
export class PgliteBusyError extends UserError {
  override name = "PgliteBusyError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database in ${dataDir} belongs to process ${pid}, which does not answer on its socket (an older Newsdesk, or one still starting): wait for it, stop it, or set DATABASE_URL to a PostgreSQL server that every process can share.`,
    );
  }
}

/** The embedded database's socket would have a longer path than Unix sockets allow. */
export class SocketPathTooLongError extends UserError {
  override name = "SocketPathTooLongError";
  constructor(readonly path: string) {
    super(
      `the embedded database's socket ${path} would be longer than Unix sockets allow (${MAX_SOCKET_PATH} bytes): set DATA_DIR to a shorter folder (e.g. DATA_DIR=$HOME/.newsdesk), or set DATABASE_URL to a PostgreSQL server`,
    );
  }
}

/** The longest Unix socket path every platform takes (macOS: 104 bytes with the final NUL). */
export const MAX_SOCKET_PATH = 103;

/** A migration file failed to apply; nothing of it was kept. */
export class MigrationError extends UserError {
  override name = "MigrationError";
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `database migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}. Fix the database (or the migration) and start again; earlier migrations are kept.`,
      { cause },
    );
  }
}

/** The database has migrations this version of Newsdesk does not know: it is older than the data. */
export class SchemaTooNewError extends UserError {
  override name = "SchemaTooNewError";
  constructor(readonly unknown: string[]) {
    super(
      `the database has migrations this version does not know (${unknown.join(", ")}): upgrade Newsdesk, or point DATABASE_URL / DATA_DIR at another database.`,
    );
  }
}

/** PostgreSQL at DATABASE_URL cannot be reached or refuses us. */
export class DatabaseUnreachableError extends UserError {
  override name = "DatabaseUnreachableError";
  constructor(url: string, cause: unknown) {
    super(
      `PostgreSQL does not answer at ${redactUrl(url)} (${cause instanceof Error ? cause.message : String(cause)}). Start it (\`docker compose up -d postgres\`), fix DATABASE_URL, or unset it to use the embedded PGlite.`,
      { cause },
    );
  }
}
