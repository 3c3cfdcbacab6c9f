import { describe, expect, it } from "vitest";
import { featureKey, featureValues, lexiconValue, visitFeatures } from "./beat-features.js";
import { splitZones } from "./zones.js";

const features = (headline: string, ...paragraphs: string[]) => {
  const seen = new Map<string, number>();
  visitFeatures(
    splitZones({ headline, dek: null, paragraphs, contributors: [] }),
    (kind, a, b, w) => {
      const k = featureKey(kind, a, b);
      seen.set(k, (seen.get(k) ?? 0) + w);
    },
  );
  return seen;
};

describe("visitFeatures", () => {
  it("gives words and two-word phrases, the headline counting more than the body", () => {
    const f = features(
      "Central bank raises rates",
      "Rates rose again. The central bank said so.",
      "Later on.",
    );
    expect(f.get("central bank")).toBe(3 + 2);
    expect(f.get("rates")).toBe(3 + 2);
    expect(f.get("bank raises")).toBe(3);
    expect(f.get("^bank")).toBe(1);
  });

  it("never runs a phrase across punctuation, and leaves numbers out", () => {
    const f = features("Prices", "Prices rose 12 percent in 2024, economists said.");
    expect(f.has("2024")).toBe(false);
    expect(f.has("2024 economists")).toBe(false);
    expect(f.has("percent in")).toBe(true);
    expect(f.has("in economists")).toBe(false);
  });
});

describe("featureValues", () => {
  it("scales log counts to unit length", () => {
    const { index, value } = featureValues([4, 9], [3, 3]);
    expect([...index]).toEqual([4, 9]);
    expect(value[0]).toBeCloseTo(Math.SQRT1_2, 9);
  });
});

describe("lexiconValue", () => {
  it("grows with the evidence and shrinks with the length", () => {
    expect(lexiconValue(0, 100)).toBe(0);
    expect(lexiconValue(10, 100)).toBeGreaterThan(lexiconValue(5, 100));
    expect(lexiconValue(10, 1000)).toBeLessThan(lexiconValue(10, 100));
  });
});
