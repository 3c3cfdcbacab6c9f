import { describe, expect, it } from "vitest";
import { maintenanceStatements, startupStatements } from "./pglite-maintenance.js";

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

describe("startupStatements", () => {
  it("analyzes the tables a tenth larger or smaller than at their last ANALYZE, or never analyzed", () => {
    expect(
      startupStatements([
        { table: "grown", pages: 120, analyzedPages: 100 },
        { table: "shrunk", pages: 80, analyzedPages: 100 },
        { table: "same", pages: 105, analyzedPages: 100 },
        { table: "never analyzed", pages: 3, analyzedPages: 0 },
        { table: "empty", pages: 0, analyzedPages: 0 },
      ]),
    ).toEqual(['ANALYZE "grown"', 'ANALYZE "shrunk"', 'ANALYZE "never analyzed"']);
  });
});
