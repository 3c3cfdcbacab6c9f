import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBundledData } from "./load-data.js";

describe("data/gazetteer.json", () => {
  it("is exactly what scripts/build-gazetteer.mjs makes from the data packages", () => {
    const script = fileURLToPath(new URL("../scripts/build-gazetteer.mjs", import.meta.url));
    expect(execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" })).toMatch(
      /up to date/,
    );
    // A child process rebuilds the gazetteer: seconds of CPU that a busy machine stretches.
  }, 60_000);

  it("holds every country with a news-desk region, and the big cities", () => {
    const { gazetteer } = loadBundledData();
    expect(gazetteer.countries.length).toBeGreaterThan(240);
    const regionOf = new Map(gazetteer.countries.map((c) => [c.code, c.region]));
    expect(
      [
        "IL",
        "PS",
        "LB",
        "SY",
        "JO",
        "IQ",
        "IR",
        "SA",
        "AE",
        "QA",
        "KW",
        "BH",
        "OM",
        "YE",
        "EG",
      ].map((c) => regionOf.get(c)),
    ).toEqual(Array(15).fill("middle-east"));
    expect(["TR", "RU", "UA"].map((c) => regionOf.get(c))).toEqual(["europe", "europe", "europe"]);
    expect(["MA", "DZ", "TN", "LY", "SD"].map((c) => regionOf.get(c))).toEqual(
      Array(5).fill("africa"),
    );
    expect(gazetteer.cities.length).toBeGreaterThan(20000);
    expect(gazetteer.cities.find((c) => c[0] === "Kyiv")?.[1]).toBe("UA");
  });
});
