import { randomBytes } from "node:crypto";
import { createStore, type Store } from "../create-store.js";

/** Tables holding data, emptied between tests. */
const DATA_TABLES = [
  "desk_sessions",
  "desk_users",
  "edition_picks",
  "desk_audit",
  "desk_settings",
  "deliveries",
  "editions",
  "subscribers",
  "article_edit_log",
  "article_edits",
  "article_people",
  "article_places",
  "article_regions",
  "article_beats",
  "dump_articles",
  "articles",
  "dumps",
];

export interface TestStore extends Store {
  /** Empties every data table (the schema stays). */
  reset(): Promise<void>;
}

/**
 * A store for tests: real PostgreSQL in a schema of its own (dropped on close) when
 * `databaseUrl` is given, else in-memory PGlite. Open one per test file: PGlite's cold open
 * takes seconds.
 */
export async function openTestStore(
  databaseUrl: string | undefined = process.env.DATABASE_URL,
): Promise<TestStore> {
  const schema = databaseUrl ? `test_${randomBytes(6).toString("hex")}` : undefined;
  const store = await createStore({ databaseUrl, schema, maxConnections: 4 });
  return {
    ...store,
    async reset() {
      await store.db.exec(`TRUNCATE ${DATA_TABLES.join(", ")} RESTART IDENTITY CASCADE`);
    },
    async close() {
      if (schema) await store.db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await store.close();
    },
  };
}

export {
  createProcessStore,
  type ProcessStore,
  terminateOtherConnections,
  withSearchPath,
} from "./process-store.js";
