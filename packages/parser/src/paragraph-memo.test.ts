import { describe, expect, it } from "vitest";
import { ParagraphMemo } from "./paragraph-memo.js";
import { FeatureTable } from "./text-features.js";

describe("a paragraph's answer kept per table", () => {
  it("asks once per paragraph, and again for another table", () => {
    const asked: number[] = [];
    const memo = new ParagraphMemo((table, at) => {
      asked.push(at);
      return table.text(at).startsWith("Yes");
    });
    const first = new FeatureTable(["Yes, the ferry runs.", "No boat on Sunday."]);
    expect([memo.answer(first, 0), memo.answer(first, 1), memo.answer(first, 0)]).toEqual([
      true,
      false,
      true,
    ]);
    expect(asked).toEqual([0, 1]);
    const second = new FeatureTable(["No boat today.", "Yes, tomorrow."]);
    expect([memo.answer(second, 0), memo.answer(second, 1)]).toEqual([false, true]);
    expect(asked).toEqual([0, 1, 0, 1]);
  });
});
