import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digestPeriod, duePeriod } from "./digest-period.js";
import { isTimeZone, utcOffset, wallClock, zonedInstant } from "./zoned-time.js";

const at = (iso: string) => new Date(iso);
const iso = (period: { start: Date; end: Date }) => ({
  start: period.start.toISOString(),
  end: period.end.toISOString(),
});
const hours = (period: { start: Date; end: Date }) =>
  (period.end.getTime() - period.start.getTime()) / 3_600_000;
const six = { hour: 6, weekday: 1 };

describe("zonedInstant", () => {
  it("finds the instant of a wall-clock hour, half- and quarter-hour zones included", () => {
    const local = { year: 2026, month: 3, day: 10, hour: 6 };
    expect(new Date(zonedInstant(local, "UTC")).toISOString()).toBe("2026-03-10T06:00:00.000Z");
    expect(new Date(zonedInstant(local, "Asia/Kolkata")).toISOString()).toBe(
      "2026-03-10T00:30:00.000Z",
    );
    expect(new Date(zonedInstant(local, "Asia/Kathmandu")).toISOString()).toBe(
      "2026-03-10T00:15:00.000Z",
    );
    // Auckland in its summer is UTC+13: 06:00 there is the day before in UTC.
    expect(new Date(zonedInstant(local, "Pacific/Auckland")).toISOString()).toBe(
      "2026-03-09T17:00:00.000Z",
    );
  });

  it("moves a wall time skipped by spring-forward on by the gap, and takes a repeated one first", () => {
    // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist.
    expect(
      new Date(
        zonedInstant({ year: 2026, month: 3, day: 8, hour: 2 }, "America/New_York"),
      ).toISOString(),
    ).toBe("2026-03-08T07:00:00.000Z");
    // 1 November 2026: 01:00 happens at 05:00Z (EDT) and again at 06:00Z (EST).
    expect(
      new Date(
        zonedInstant({ year: 2026, month: 11, day: 1, hour: 1 }, "America/New_York"),
      ).toISOString(),
    ).toBe("2026-11-01T05:00:00.000Z");
  });

  it("knows real zones only", () => {
    expect(isTimeZone("Pacific/Auckland")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});

describe("digestPeriod and duePeriod", () => {
  it("daily in UTC: the period a build falls in, and the one a tick owes", () => {
    const now = at("2026-03-10T10:00:00Z");
    expect(iso(digestPeriod("daily", now, six))).toEqual({
      start: "2026-03-10T06:00:00.000Z",
      end: "2026-03-11T06:00:00.000Z",
    });
    expect(iso(duePeriod("daily", now, six))).toEqual({
      start: "2026-03-09T06:00:00.000Z",
      end: "2026-03-10T06:00:00.000Z",
    });
    // At the slot itself both name the period that ends there.
    const slot = at("2026-03-10T06:00:00Z");
    expect(iso(digestPeriod("daily", slot, six))).toEqual(iso(duePeriod("daily", slot, six)));
  });

  it("daily in Asia/Kolkata (UTC+5:30) ends at 00:30 UTC", () => {
    expect(iso(duePeriod("daily", at("2026-03-10T00:45:00Z"), six, "Asia/Kolkata"))).toEqual({
      start: "2026-03-09T00:30:00.000Z",
      end: "2026-03-10T00:30:00.000Z",
    });
    expect(iso(duePeriod("daily", at("2026-03-10T00:15:00Z"), six, "Asia/Kolkata"))).toEqual({
      start: "2026-03-08T00:30:00.000Z",
      end: "2026-03-09T00:30:00.000Z",
    });
  });

  it("follows DST: 23- and 25-hour days in London and Auckland, tiling without gaps", () => {
    // London springs forward on 29 March 2026: 06:00 BST is 05:00Z.
    const spring = duePeriod("daily", at("2026-03-29T05:30:00Z"), six, "Europe/London");
    expect(iso(spring)).toEqual({
      start: "2026-03-28T06:00:00.000Z",
      end: "2026-03-29T05:00:00.000Z",
    });
    expect(hours(spring)).toBe(23);
    // Auckland leaves DST on 5 April 2026 (NZDT +13 -> NZST +12): a 25-hour day...
    const autumn = duePeriod("daily", at("2026-04-04T18:00:00Z"), six, "Pacific/Auckland");
    expect(iso(autumn)).toEqual({
      start: "2026-04-03T17:00:00.000Z",
      end: "2026-04-04T18:00:00.000Z",
    });
    expect(hours(autumn)).toBe(25);
    // ...and enters it again on 27 September 2026: a 23-hour day.
    const spring2 = duePeriod("daily", at("2026-09-26T17:00:00Z"), six, "Pacific/Auckland");
    expect(hours(spring2)).toBe(23);
    // The next period starts where this one ended.
    expect(
      digestPeriod("daily", at("2026-09-26T17:00:01Z"), six, "Pacific/Auckland").start,
    ).toEqual(spring2.end);
  });

  it("sends at the first hour after the gap when the send hour does not exist that day", () => {
    const two = { hour: 2, weekday: 0 };
    const gapDay = duePeriod("daily", at("2026-03-08T12:00:00Z"), two, "America/New_York");
    expect(iso(gapDay)).toEqual({
      start: "2026-03-07T07:00:00.000Z",
      end: "2026-03-08T07:00:00.000Z",
    });
    expect(wallClock(gapDay.end.getTime(), "America/New_York")).toMatchObject({ hour: 3 });
    const after = duePeriod("daily", at("2026-03-09T12:00:00Z"), two, "America/New_York");
    expect(iso(after)).toEqual({
      start: "2026-03-08T07:00:00.000Z",
      end: "2026-03-09T06:00:00.000Z",
    });
  });

  it("weekly on Monday at 06:00 local, across a DST change", () => {
    const wednesday = at("2026-03-11T12:00:00Z");
    expect(iso(duePeriod("weekly", wednesday, six, "Asia/Kolkata"))).toEqual({
      start: "2026-03-02T00:30:00.000Z",
      end: "2026-03-09T00:30:00.000Z",
    });
    expect(iso(digestPeriod("weekly", wednesday, six, "Asia/Kolkata")).end).toBe(
      "2026-03-16T00:30:00.000Z",
    );
    const london = duePeriod("weekly", at("2026-03-30T05:00:00Z"), six, "Europe/London");
    expect(iso(london)).toEqual({
      start: "2026-03-23T06:00:00.000Z",
      end: "2026-03-30T05:00:00.000Z",
    });
    expect(hours(london)).toBe(7 * 24 - 1);
    // Sunday at 23:00, the day before the slot, still belongs to the week ending Monday.
    expect(
      iso(digestPeriod("weekly", at("2026-03-08T23:00:00Z"), { hour: 6, weekday: 1 })).end,
    ).toBe("2026-03-09T06:00:00.000Z");
  });

  it("holds for any instant and zone: slots on the hour, periods tiling, now inside", () => {
    const zones = [
      "UTC",
      "Asia/Kolkata",
      "Asia/Kathmandu",
      "Pacific/Auckland",
      "Pacific/Chatham",
      "Australia/Lord_Howe",
      "Europe/London",
      "America/New_York",
      "America/St_Johns",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom("daily" as const, "weekly" as const),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 6 }),
        (instant, zone, frequency, hour, weekday) => {
          const schedule = { hour, weekday };
          const now = new Date(instant);
          const due = duePeriod(frequency, now, schedule, zone);
          const next = digestPeriod(frequency, now, schedule, zone);
          expect(due.end.getTime()).toBeLessThanOrEqual(instant);
          expect(next.end.getTime()).toBeGreaterThanOrEqual(instant);
          if (due.end.getTime() !== instant) expect(next.start).toEqual(due.end);
          // The previous period ends where this one starts.
          expect(duePeriod(frequency, due.start, schedule, zone).end).toEqual(due.start);
          const days = frequency === "weekly" ? 7 : 1;
          const length = hours(due);
          expect(Math.abs(length - days * 24)).toBeLessThanOrEqual(1);
          const wall = wallClock(due.end.getTime(), zone);
          if (frequency === "weekly") expect(wall.weekday).toBe(weekday);
          // On the hour, or moved on by a spring-forward gap that just happened.
          if (wall.hour !== hour || wall.minute !== 0) {
            const end = due.end.getTime();
            expect(utcOffset(end - 3_600_000, zone)).not.toBe(utcOffset(end, zone));
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
