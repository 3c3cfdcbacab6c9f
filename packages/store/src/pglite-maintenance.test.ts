import { describe, expect, it } from "vitest";
import { maintenanceStatements } from "./pglite-maintenance.js";

describe("maintenanceStatements", () => {
  it("vacuums a table with a fifth dead, analyzes one a tenth changed, leaves the rest", () => {
    expect(
      maintenanceStatements([
        { table: "articles", liveRows: 1_000, deadRows: 251, changedSinceAnalyze: 0 },
        { table: "article_places", liveRows: 1_000, deadRows: 0, changedSinceAnalyze: 151 },
        { table: "dumps", liveRows: 1_000, deadRows: 250, changedSinceAnalyze: 150 },
        { table: 'odd"name', liveRows: 0, deadRows: 51, changedSinceAnalyze: 0 },
      ]),
    ).toEqual([
      'VACUUM (ANALYZE) "articles"',
      'ANALYZE "article_places"',
      'VACUUM (ANALYZE) "odd""name"',
    ]);
  });
});
