import type { Sql } from "./db.js";

/** A desk setting's stored value (`desk_settings`), or undefined when none was saved. */
export async function readDeskSetting(db: Sql, key: string): Promise<unknown> {
  const [row] = await db.query<{ value: unknown }>(
    "SELECT value FROM desk_settings WHERE key = $1",
    [key],
  );
  return row?.value;
}

/** Saves a desk setting with who changed it. */
export async function writeDeskSetting(
  db: Sql,
  key: string,
  value: unknown,
  editor: string,
): Promise<void> {
  await db.query(
    `INSERT INTO desk_settings (key, value, updated_by) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by,
       updated_at = now()`,
    [key, JSON.stringify(value), editor],
  );
}
