import { describe, expect, it } from "vitest";
import { composedDumps, gapSamples, labeledRuns, trueStartsOf } from "./fit-gap-weights.js";
import { loadFixtureArticles } from "./fixture-articles.js";

const dump = composedDumps(loadFixtureArticles(), [1])[0];
if (dump === undefined) throw new Error("no fixture dump composed");
const starts = new Set(dump.truth.map((t) => t.startLine));

describe("gapSamples origins", () => {
  it("labels every gap after a run's first paragraph, whatever the origins", () => {
    const gaps = labeledRuns(dump.text, starts).reduce((n, run) => n + run.body.length - 1, 0);
    for (const origins of ["true", "whole", () => new Set<number>([1])] as const)
      expect(gapSamples(dump.text, starts, origins)).toHaveLength(gaps);
  });

  it("measures from the starts a function names as it does from those origins", () => {
    expect(gapSamples(dump.text, starts, trueStartsOf)).toEqual(
      gapSamples(dump.text, starts, "true"),
    );
    expect(gapSamples(dump.text, starts, () => new Set())).toEqual(
      gapSamples(dump.text, starts, "whole"),
    );
  });

  it("reads a gap differently once the article is taken to begin at a true start", () => {
    const fromTrue = gapSamples(dump.text, starts, "true");
    const fromWhole = gapSamples(dump.text, starts, "whole");
    expect(fromTrue.map((s) => s.y)).toEqual(fromWhole.map((s) => s.y));
    expect(fromTrue.map((s) => s.x)).not.toEqual(fromWhole.map((s) => s.x));
  });
});
