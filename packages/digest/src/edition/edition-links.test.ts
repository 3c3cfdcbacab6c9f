import { describe, expect, it } from "vitest";
import { editionBrowserUrl, segmentSearch } from "./edition-links.js";

describe("edition links", () => {
  it("writes a segment as a readable query, sorted, empty for everyone", () => {
    expect(segmentSearch({ regions: ["europe", "africa"], beats: ["politics"] })).toBe(
      "regions=africa,europe&beats=politics",
    );
    expect(segmentSearch({ regions: [], beats: [] })).toBe("");
  });

  it("links an edition as a web page for a subscriber's segment", () => {
    expect(editionBrowserUrl("https://news.example.org/", 12, { regions: [], beats: [] })).toBe(
      "https://news.example.org/archive/12",
    );
    expect(
      editionBrowserUrl("https://news.example.org", 12, { regions: ["asia-pacific"], beats: [] }),
    ).toBe("https://news.example.org/archive/12?regions=asia-pacific");
  });
});
