/** Another process holds the embedded PGlite database. */
export class PgliteBusyError extends Error {
  override name = "PgliteBusyError";
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${pid} (a running \`newsdesk start\` or \`newsdesk worker\`): stop it, or set DATABASE_URL to a PostgreSQL server that every process can share.`,
    );
  }
}

/** A migration file failed to apply; nothing of it was kept. */
export class MigrationError extends Error {
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
export class SchemaTooNewError extends Error {
  override name = "SchemaTooNewError";
  constructor(readonly unknown: string[]) {
    super(
      `the database has migrations this version does not know (${unknown.join(", ")}): upgrade Newsdesk, or point DATABASE_URL / DATA_DIR at another database.`,
    );
  }
}

/** PostgreSQL at DATABASE_URL cannot be reached or refuses us. */
export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
  constructor(url: string, cause: unknown) {
    super(
      `PostgreSQL does not answer at ${redactUrl(url)} (${cause instanceof Error ? cause.message : String(cause)}). Start it (\`docker compose up -d postgres\`), fix DATABASE_URL, or unset it to use the embedded PGlite.`,
      { cause },
    );
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}
