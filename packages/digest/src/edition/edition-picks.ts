import type { EditionPicks, Frequency } from "@newsdesk/newsletter";
import { listEditionPicks, type Sql } from "@newsdesk/store";

/** The editor's picks a build of the period `(since, until]` applies (see `listEditionPicks`). */
export async function loadEditionPicks(
  db: Sql,
  span: { frequency: Frequency; since: Date; until: Date },
): Promise<EditionPicks> {
  const rows = await listEditionPicks(db, span);
  return {
    pinned: new Set(rows.filter((row) => row.pick === "pin").map((row) => row.articleId)),
    dropped: new Set(rows.filter((row) => row.pick === "drop").map((row) => row.articleId)),
    positions: new Map(
      rows.flatMap((row) => (row.position === null ? [] : [[row.articleId, row.position]])),
    ),
  };
}
