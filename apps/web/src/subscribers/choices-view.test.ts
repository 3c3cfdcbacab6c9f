import { describe, expect, it } from "vitest";
import { choicesView, describeChoices } from "./choices-view.js";

describe("choicesView", () => {
  it("ticks nothing and selects UTC daily for a new reader", () => {
    const view = choicesView();
    expect(view.regions.map((region) => region.label)).toEqual([
      "Africa",
      "Americas",
      "Asia-Pacific",
      "Europe",
      "Middle East",
    ]);
    expect(view.regions.some((region) => region.checked)).toBe(false);
    expect(view.beats).toHaveLength(17);
    expect(view.frequencies.find((f) => f.checked)?.id).toBe("daily");
    const selected = view.timeZoneGroups
      .flatMap((group) => group.zones)
      .filter((zone) => zone.checked);
    expect(selected.map((zone) => zone.id)).toEqual(["UTC"]);
    expect(view.timeZoneGroups.map((group) => group.label)).toContain("Europe");
  });

  it("ticks a subscriber's choices, lists a sub-beat they hold, and ignores unknown ids", () => {
    const view = choicesView({
      regions: ["europe", "atlantis"],
      beats: ["politics/elections", "health"],
      frequency: "weekly",
      timezone: "Asia/Tokyo",
    });
    expect(view.regions.filter((r) => r.checked).map((r) => r.id)).toEqual(["europe"]);
    const beats = view.beats.filter((b) => b.checked).map((b) => b.id);
    expect(beats).toEqual(["health", "politics/elections"]);
    expect(view.frequencies.find((f) => f.checked)?.id).toBe("weekly");
    const zone = view.timeZoneGroups.flatMap((g) => g.zones).find((z) => z.checked);
    expect(zone).toMatchObject({ id: "Asia/Tokyo", label: "Tokyo" });
  });

  it("lists current IANA names, and selects a subscriber's old one under its new name", () => {
    const view = choicesView({ timezone: "Asia/Calcutta" });
    const zones = view.timeZoneGroups.flatMap((group) => group.zones);
    const ids = zones.map((zone) => zone.id);
    for (const old of ["Asia/Calcutta", "Europe/Kiev", "Asia/Saigon"]) {
      expect(ids).not.toContain(old);
    }
    expect(zones.find((zone) => zone.checked)).toMatchObject({
      id: "Asia/Kolkata",
      label: "Kolkata",
    });
    expect(zones.find((zone) => zone.id === "Europe/Kyiv")?.aliases).toContain("Europe/Kiev");
  });
});

describe("describeChoices", () => {
  it("says every desk and every beat for empty lists", () => {
    expect(
      describeChoices({ regions: [], beats: [], frequency: "daily", timezone: "UTC" }),
    ).toEqual({
      regions: "Every desk",
      beats: "Every beat",
      frequency: "Daily, every morning",
      timezone: "UTC",
    });
  });
});
