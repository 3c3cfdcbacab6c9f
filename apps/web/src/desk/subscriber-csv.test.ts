import { describe, expect, it } from "vitest";
import { parseSubscriberCsv, SubscriberCsvError, subscribersCsv } from "./subscriber-csv.js";

describe("subscriber CSV", () => {
  it("reads email and optional choices, naming the rows it leaves out", () => {
    const csv = [
      "\uFEFFEmail,Regions,Beats,Frequency,Timezone",
      "ana@example.org,europe asia-pacific,politics,weekly,Europe/Lisbon",
      '"bo@example.org","europe;africa",,,',
      "not-an-address,,,,",
      "cy@example.org,atlantis,,,",
      "di@example.org,,,hourly,",
      "ed@example.org,,,,Mars/Olympus",
      "",
    ].join("\r\n");
    const { rows, problems } = parseSubscriberCsv(csv);
    expect(rows).toEqual([
      {
        email: "ana@example.org",
        regions: ["europe", "asia-pacific"],
        beats: ["politics"],
        frequency: "weekly",
        timezone: "Europe/Lisbon",
      },
      {
        email: "bo@example.org",
        regions: ["europe", "africa"],
        beats: [],
        frequency: "daily",
        timezone: "UTC",
      },
    ]);
    expect(problems).toEqual([
      { line: 4, message: '"not-an-address" is not an email address' },
      { line: 5, message: 'unknown region "atlantis"' },
      { line: 6, message: 'frequency "hourly" is neither daily nor weekly' },
      { line: 7, message: 'unknown time zone "Mars/Olympus"' },
    ]);
  });

  it("refuses a file without an email column, or one it cannot read", () => {
    expect(() => parseSubscriberCsv("name\nAna\n")).toThrow(SubscriberCsvError);
    expect(() => parseSubscriberCsv('email\n"ana@example.org\n')).toThrow(
      /not a CSV this import can read/,
    );
  });

  it("exports what it imports back", () => {
    const csv = subscribersCsv([
      {
        id: 1,
        email: "ana@example.org",
        status: "active",
        regions: ["europe"],
        beats: ["politics", "health"],
        frequency: "daily",
        timezone: "UTC",
        bounceCount: 0,
        createdAt: new Date("2026-01-02T03:04:05Z"),
        confirmedAt: null,
      },
    ]);
    expect(csv).toBe(
      "email,status,regions,beats,frequency,timezone,created_at,confirmed_at\nana@example.org,active,europe,politics health,daily,UTC,2026-01-02T03:04:05.000Z,\n",
    );
    expect(parseSubscriberCsv(csv).rows[0]).toMatchObject({
      email: "ana@example.org",
      beats: ["politics", "health"],
    });
  });
});
