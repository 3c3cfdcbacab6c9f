import { describe, expect, it } from "vitest";
import { parseIdParam } from "./id-param.js";

describe("parseIdParam", () => {
  it("reads positive integers only", () => {
    expect(parseIdParam({ id: "12" })).toBe(12);
    for (const id of ["0", "-1", "1.5", "12abc", "", "01", " 1", "1e3", "99999999999999999"]) {
      expect(parseIdParam({ id })).toBeUndefined();
    }
    expect(parseIdParam(undefined)).toBeUndefined();
  });
});
