import { describe, expect, it } from "vitest";
import {
  BadQueryError,
  parseQuery,
  previewParams,
  previewSearch,
  segmentParams,
} from "./segment-params.js";

describe("segment and preview params", () => {
  it("reads repeated checkboxes and comma lists alike, each id once", () => {
    expect(
      parseQuery(segmentParams, { regions: ["europe", "Africa,europe"], beats: "politics" }),
    ).toEqual({ regions: ["europe", "africa"], beats: ["politics"] });
    expect(parseQuery(segmentParams, {})).toEqual({ regions: [], beats: [] });
  });

  it("accepts sub-beats under a known beat", () => {
    expect(parseQuery(segmentParams, { beats: "politics/diplomacy" }).beats).toEqual([
      "politics/diplomacy",
    ]);
  });

  it("names the wrong parameter and the ids it accepts", () => {
    expect(() => parseQuery(segmentParams, { regions: "atlantis" })).toThrow(BadQueryError);
    expect(() => parseQuery(segmentParams, { regions: "atlantis" })).toThrow(
      /^regions: unknown region: use africa, americas/,
    );
    expect(() => parseQuery(segmentParams, { beats: "gossip" })).toThrow(/^beats: unknown beat/);
    expect(() => parseQuery(previewParams, { width: "huge" })).toThrow(/^width: /);
  });

  it("defaults every switch, and writes them back as a query with one change", () => {
    const params = parseQuery(previewParams, { regions: "europe" });
    expect(params).toEqual({
      regions: ["europe"],
      beats: [],
      frequency: "daily",
      width: "desktop",
      theme: "light",
      format: "html",
    });
    expect(previewSearch(params, { width: "mobile" })).toBe(
      "regions=europe&frequency=daily&width=mobile&theme=light&format=html",
    );
  });
});
