import { describe, expect, it } from "vitest";
import { canonicalTimeZone, canonicalTimeZones } from "./canonical-time-zone.js";

describe("canonicalTimeZone", () => {
  it("gives the current IANA name for an old one, and any other name as it is", () => {
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(canonicalTimeZone("Asia/Saigon")).toBe("Asia/Ho_Chi_Minh");
    expect(canonicalTimeZone("America/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(canonicalTimeZone("Europe/Paris")).toBe("Europe/Paris");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBe("Mars/Olympus_Mons");
  });
});

describe("canonicalTimeZones", () => {
  it("lists the runtime's zones by their current names, each once, with the old ones", () => {
    const zones = canonicalTimeZones();
    const ids = zones.map((zone) => zone.id);
    expect(ids).toContain("Asia/Kolkata");
    expect(ids).toContain("Europe/Kyiv");
    for (const old of ["Asia/Calcutta", "Europe/Kiev", "Asia/Saigon"]) {
      expect(ids).not.toContain(old);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(zones.find((zone) => zone.id === "Asia/Kolkata")?.aliases).toEqual(
      Intl.supportedValuesOf("timeZone").includes("Asia/Calcutta") ? ["Asia/Calcutta"] : [],
    );
  });

  it("folds an old name and its current one into one entry", () => {
    expect(canonicalTimeZones(["Asia/Kolkata", "Asia/Calcutta", "UTC"])).toEqual([
      { id: "Asia/Kolkata", aliases: ["Asia/Calcutta"] },
      { id: "UTC", aliases: [] },
    ]);
  });
});
