import { describe, expect, it } from "vitest";
import { decisionScore, tuneBiases } from "./tune-biases.js";

describe("tuneBiases", () => {
  it("moves a threshold only when the decision gets better", () => {
    // Class 1 is always a little behind class 0 on its own rows: a small lift fixes it.
    const rows = [
      ...Array.from({ length: 40 }, () => ({ logits: [1, 0], label: 0 })),
      ...Array.from({ length: 40 }, () => ({ logits: [0.5, 0.3], label: 1 })),
    ];
    expect(decisionScore(rows, [0, 0]).accuracy).toBe(0.5);
    const offsets = tuneBiases(rows, 2);
    const after = decisionScore(rows, offsets);
    expect(after.accuracy).toBe(1);
    expect(after.macroF1).toBe(1);
  });

  it("leaves offsets at zero when nothing is gained", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      logits: i % 2 ? [0, 2] : [2, 0],
      label: i % 2,
    }));
    expect([...tuneBiases(rows, 2)]).toEqual([0, 0]);
  });

  it("keeps a fixed class's offset at zero and moves the others instead", () => {
    const rows = [
      ...Array.from({ length: 40 }, () => ({ logits: [1, 0], label: 0 })),
      ...Array.from({ length: 40 }, () => ({ logits: [0.5, 0.3], label: 1 })),
    ];
    const offsets = tuneBiases(rows, 2, { fixed: [1] });
    expect(offsets[1]).toBe(0);
    expect(offsets[0]).toBeLessThan(0);
    expect(decisionScore(rows, offsets).accuracy).toBe(1);
  });
});
