import { join } from "node:path";
import { archiveQueries } from "./archive.js";
import { articleEditQueries } from "./article-edits.js";
import { articleQueries } from "./articles.js";
import { type Db, openPglite, openPostgres, openSharedPglite } from "./db.js";
import { deliveryQueries } from "./deliveries.js";
import { deskAuditQueries } from "./desk-audit.js";
import { deskUserQueries } from "./desk-users.js";
import { dumpQueries } from "./dumps.js";
import { editionApprovalQueries } from "./edition-approval.js";
import { editionPickQueries } from "./edition-picks.js";
import { editionStatusQueries } from "./edition-status.js";
import { editionQueries } from "./editions.js";
import { DatabaseUnreachableError } from "./errors.js";
import { labelQueries } from "./labels.js";
import { loadMigrations, migrate } from "./migrate.js";
import { analyzeChangedTables } from "./pglite-maintenance.js";
import { storeCountQueries } from "./store-counts.js";
import { subscriberDeskQueries } from "./subscriber-desk.js";
import { subscriberQueries } from "./subscribers.js";

export interface StoreOptions {
  /** PostgreSQL connection string; without it the store is PGlite. */
  databaseUrl?: string | undefined;
  /** With no `databaseUrl`: PGlite keeps its files in `$dataDir/pglite`; without either, in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (created if missing); tests give each run its own. */
  schema?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number | undefined;
  /** Called when an idle PostgreSQL connection fails (the pool reconnects by itself). */
  onIdleError?: ((error: Error) => void) | undefined;
}

/** Every table's queries on one connection (one file per table or aggregate). */
export type Store = ReturnType<typeof dumpQueries> &
  ReturnType<typeof articleQueries> &
  ReturnType<typeof labelQueries> &
  ReturnType<typeof subscriberQueries> &
  ReturnType<typeof editionQueries> &
  ReturnType<typeof deliveryQueries> &
  ReturnType<typeof archiveQueries> &
  ReturnType<typeof articleEditQueries> &
  ReturnType<typeof subscriberDeskQueries> &
  ReturnType<typeof editionStatusQueries> &
  ReturnType<typeof editionApprovalQueries> &
  ReturnType<typeof editionPickQueries> &
  ReturnType<typeof deskAuditQueries> &
  ReturnType<typeof deskUserQueries> &
  ReturnType<typeof storeCountQueries> & {
    readonly db: Db;
    /** Where the data lives, for messages: `postgres`, `pglite:<dir>` or `pglite:memory`. */
    readonly location: string;
    close(): Promise<void>;
  };

/**
 * Opens the database and applies the pending migrations under a lock before returning:
 * PostgreSQL when `databaseUrl` is set; else PGlite in `$dataDir/pglite`, opened by the first
 * process and served by it to the others over a local socket; else PGlite in memory.
 */
export async function createStore(options: StoreOptions = {}): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new TypeError(
      `invalid schema name ${JSON.stringify(schema)}: use lowercase letters, digits and _`,
    );
  }
  let db: Db;
  let location: string;
  let owner = false;
  if (options.databaseUrl) {
    db = openPostgres(options.databaseUrl, {
      ...(schema ? { schema } : {}),
      ...(options.maxConnections ? { max: options.maxConnections } : {}),
      ...(options.onIdleError ? { onIdleError: options.onIdleError } : {}),
    });
    location = "postgres";
  } else if (options.dataDir) {
    const dir = join(options.dataDir, "pglite");
    const shared = await openSharedPglite(dir, {
      // Migrated before anyone else connects: then the others find nothing left to apply.
      beforeServing: async (own) => {
        await migrate(own, await loadMigrations(), schema);
      },
      ...(options.maxConnections ? { max: options.maxConnections } : {}),
      ...(options.onIdleError ? { onIdleError: options.onIdleError } : {}),
    });
    db = shared.db;
    owner = shared.owned;
    location = shared.owned
      ? `pglite:${dir}`
      : `pglite:${dir} (served by process ${shared.ownerPid})`;
  } else {
    db = await openPglite();
    location = "pglite:memory";
  }
  try {
    await migrate(db, await loadMigrations(), schema);
    // The owner's table counters start at zero (see `analyzeChangedTables`).
    if (owner) await analyzeChangedTables(db);
  } catch (error) {
    await db.close();
    if (options.databaseUrl && isConnectionError(error)) {
      throw new DatabaseUnreachableError(options.databaseUrl, error);
    }
    throw error;
  }
  return {
    ...dumpQueries(db),
    ...articleQueries(db),
    ...labelQueries(db),
    ...subscriberQueries(db),
    ...editionQueries(db),
    ...deliveryQueries(db),
    ...archiveQueries(db),
    ...articleEditQueries(db),
    ...subscriberDeskQueries(db),
    ...editionStatusQueries(db),
    ...editionApprovalQueries(db),
    ...editionPickQueries(db),
    ...deskAuditQueries(db),
    ...deskUserQueries(db),
    ...storeCountQueries(db),
    db,
    location,
    close: () => db.close(),
  };
}

/** Network failures, and the server refusing the login or the database. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" &&
    [
      "ECONNREFUSED",
      "ENOTFOUND",
      "ETIMEDOUT",
      "EHOSTUNREACH",
      "ECONNRESET",
      "28P01",
      "28000",
      "3D000",
    ].includes(code)
  );
}
