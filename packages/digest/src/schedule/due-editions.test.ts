import { describe, expect, it } from "vitest";
import { dueEditions } from "./due-editions.js";

const six = { hour: 6, weekday: 1 };
const daily = (timezone: string) => ({ frequency: "daily" as const, timezone });
const weekly = (timezone: string) => ({ frequency: "weekly" as const, timezone });
const summary = (result: ReturnType<typeof dueEditions>) =>
  result.due.map((edition) => ({
    frequency: edition.frequency,
    end: edition.period.end.toISOString(),
    timezones: edition.timezones,
  }));

describe("dueEditions", () => {
  const audience = [
    daily("UTC"),
    daily("Asia/Kolkata"),
    daily("Asia/Calcutta"),
    daily("Europe/Paris"),
    daily("Europe/Berlin"),
    daily("Pacific/Auckland"),
    weekly("UTC"),
  ];

  it("owes each zone the period its last send slot ended, zones with the same period sharing it", () => {
    // Monday 9 March 2026, 06:10 UTC: 06:00 has come in UTC (and for the weekly edition),
    // 07:00 Paris time is past its slot by an hour, Kolkata's was at 00:30, Auckland's at 17:00
    // the day before (all within the catch-up window).
    const result = dueEditions(audience, new Date("2026-03-09T06:10:00Z"), six);
    expect(summary(result)).toEqual([
      {
        frequency: "daily",
        end: "2026-03-09T00:30:00.000Z",
        timezones: ["Asia/Kolkata", "Asia/Calcutta"],
      },
      {
        frequency: "daily",
        end: "2026-03-09T05:00:00.000Z",
        timezones: ["Europe/Paris", "Europe/Berlin"],
      },
      { frequency: "daily", end: "2026-03-09T06:00:00.000Z", timezones: ["UTC"] },
      { frequency: "weekly", end: "2026-03-09T06:00:00.000Z", timezones: ["UTC"] },
    ]);
    expect(result.unknownTimeZones).toEqual([]);
  });

  it("skips slots older than the catch-up window", () => {
    // 10:40 UTC: Kolkata's slot is 10 hours old, Auckland's 17; Paris's and UTC's are within 6.
    const result = dueEditions(audience, new Date("2026-03-09T10:40:00Z"), six);
    expect(summary(result).map((edition) => edition.timezones)).toEqual([
      ["Europe/Paris", "Europe/Berlin"],
      ["UTC"],
      ["UTC"],
    ]);
    // 18:00 UTC: only Auckland's next slot (06:00 NZDT on the 10th) has come.
    const evening = dueEditions(audience, new Date("2026-03-09T18:00:00Z"), six);
    expect(summary(evening)).toEqual([
      { frequency: "daily", end: "2026-03-09T17:00:00.000Z", timezones: ["Pacific/Auckland"] },
    ]);
  });

  it("serves an unknown time zone on UTC's clock, and names it", () => {
    const result = dueEditions(
      [daily("UTC"), daily("Mars/Olympus_Mons")],
      new Date("2026-03-09T06:00:00Z"),
      six,
    );
    expect(summary(result)).toEqual([
      {
        frequency: "daily",
        end: "2026-03-09T06:00:00.000Z",
        timezones: ["UTC", "Mars/Olympus_Mons"],
      },
    ]);
    expect(result.unknownTimeZones).toEqual(["Mars/Olympus_Mons"]);
  });

  it("owes nothing between slots outside the window", () => {
    expect(dueEditions([daily("UTC")], new Date("2026-03-09T20:00:00Z"), six).due).toEqual([]);
  });
});
