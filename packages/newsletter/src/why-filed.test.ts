import { describe, expect, it } from "vitest";
import { whyFiled } from "./why-filed.js";

const trade = { beat: "economy-business-finance", region: "europe" };

describe("whyFiled", () => {
  it("names the primary beat and region with their strongest evidence, strongest first", () => {
    expect(
      whyFiled(
        trade,
        { beat: ["tariffs", "exports", "customs"], region: ["Berlin"] },
        {
          maxTerms: 2,
        },
      ),
    ).toBe("Why Business: tariffs, exports · Europe: Berlin");
  });

  it("shows everything it is given without limits, once each", () => {
    expect(
      whyFiled(trade, {
        beat: ["tariffs", "exports", "tariffs", " "],
        region: ["Lagos", "Nigeria"],
      }),
    ).toBe("Why Business: tariffs, exports · Europe: Lagos, Nigeria");
  });

  it("says an editor set a beat or region instead of the classifier's words", () => {
    expect(whyFiled(trade, { beat: null, region: ["Berlin"] })).toBe(
      "Why Business: set by an editor · Europe: Berlin",
    );
    expect(whyFiled(trade, { beat: ["tariffs"], region: null })).toBe(
      "Why Business: tariffs · Europe: set by an editor",
    );
    expect(whyFiled(trade, { beat: null, region: null })).toBe(
      "Why Business and Europe: set by an editor",
    );
  });

  it("says when the wording pattern, not the words one by one, chose the beat", () => {
    const pattern = { beat: ["debt", "treasury"], region: ["Berlin"], wordingOver: "politics" };
    expect(whyFiled(trade, pattern)).toBe(
      "Why Business: wording like debt, treasury · Europe: Berlin",
    );
    expect(whyFiled(trade, { ...pattern, beat: null })).toBe(
      "Why Business: set by an editor · Europe: Berlin",
    );
  });

  it("leaves out a part with no evidence, and says nothing when none is left", () => {
    expect(whyFiled(trade, { beat: [], region: ["Berlin"] })).toBe("Why Europe: Berlin");
    expect(whyFiled({ region: "europe" }, { beat: ["tariffs"], region: [] })).toBeNull();
    expect(whyFiled(trade, { beat: [], region: [] })).toBeNull();
    expect(whyFiled(trade, undefined)).toBeNull();
    expect(whyFiled(trade, null)).toBeNull();
  });
});
