import { describe, expect, it } from "vitest";
import { articleRef, parseArticleRef } from "./article-ref.js";

const secret = "archive-secret-0123456789";

describe("articleRef", () => {
  it("reads back the id of its own references", () => {
    for (const id of [1, 12, 9_007_199_254_740_991]) {
      expect(parseArticleRef(secret, articleRef(secret, id))).toBe(id);
    }
    expect(articleRef(secret, 12)).toMatch(/^12-[A-Za-z0-9_-]{16}$/);
  });

  it("cannot be counted up: a neighbour's reference is not its own with the number changed", () => {
    const ref = articleRef(secret, 12);
    expect(parseArticleRef(secret, ref.replace(/^12-/, "13-"))).toBeUndefined();
    expect(articleRef(secret, 13)).not.toBe(ref.replace(/^12-/, "13-"));
  });

  it.each([
    ["another secret's reference", articleRef("another-secret-0123456789", 12)],
    ["a bare number", "12"],
    ["a changed MAC", `${articleRef(secret, 12).slice(0, -1)}~`],
    ["a short MAC", articleRef(secret, 12).slice(0, -2)],
    ["a leading zero", `0${articleRef(secret, 12)}`],
    ["an unsafe integer", "99999999999999999-AAAAAAAAAAAAAAAA"],
    ["something else", { id: 12 }],
  ])("refuses %s", (_name, ref) => {
    expect(parseArticleRef(secret, ref)).toBeUndefined();
  });
});
