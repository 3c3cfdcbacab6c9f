import { describe, expect, it } from "vitest";
import { freezeNotice } from "./freeze-notice.js";

const edition = {
  frequency: "daily" as const,
  periodStart: "2026-03-09T06:00:00.000Z",
  periodEnd: "2026-03-10T06:00:00.000Z",
};

describe("freezeNotice", () => {
  it("says which period a send froze early, and that later articles go to the next edition", () => {
    expect(freezeNotice({ ...edition, articlesUntil: "2026-03-09T14:32:10.000Z" })).toBe(
      "froze the daily period 2026-03-09 06:00 to 2026-03-10 06:00 UTC with the articles stored up to 2026-03-09 14:32 UTC; articles stored after that go to the next daily edition (the period ending 2026-03-11 06:00 UTC)",
    );
  });

  it("says so when the period was over, or frozen by an earlier send", () => {
    expect(freezeNotice({ ...edition, articlesUntil: edition.periodEnd })).toMatch(
      /with every article stored in it; later articles go to the next daily edition \(the period ending 2026-03-11 06:00 UTC\)$/,
    );
    expect(freezeNotice({ ...edition, articlesUntil: null })).toMatch(/was frozen before/);
  });

  it("names the next weekly slot on the schedule's weekday", () => {
    const weekly = {
      frequency: "weekly" as const,
      periodStart: "2026-03-02T06:00:00.000Z",
      periodEnd: "2026-03-09T06:00:00.000Z",
      articlesUntil: "2026-03-04T10:00:00.000Z",
    };
    expect(freezeNotice(weekly)).toContain("(the period ending 2026-03-16 06:00 UTC)");
  });
});
