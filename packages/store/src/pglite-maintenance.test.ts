import { describe, expect, it } from "vitest";
import { maintenanceStatements } from "./pglite-maintenance.js";

describe("maintenanceStatements", () => {
  it("analyzes the tables a tenth changed (plus 50 rows), and only those", () => {
    expect(
      maintenanceStatements([
        { table: "article_places", liveRows: 1_000, changedSinceAnalyze: 151 },
        { table: "dumps", liveRows: 1_000, changedSinceAnalyze: 150 },
        { table: 'odd"name', liveRows: 0, changedSinceAnalyze: 51 },
      ]),
    ).toEqual(['ANALYZE "article_places"', 'ANALYZE "odd""name"']);
  });
});
