import { describe, expect, it } from "vitest";
import { familyL2Scale, multiplyScales, parseFamilyL2 } from "./family-l2-scale.js";

describe("familyL2Scale", () => {
  it("gives words, phrases and headline words their own factor", () => {
    const scale = familyL2Scale(["harbour", "ferry timetable", "^lighthouse"], {
      word: 1,
      phrase: 3,
      headline: 0.5,
    });
    expect([...scale]).toEqual([1, 3, 0.5]);
  });
});

describe("parseFamilyL2", () => {
  it("reads three positive factors, word first", () => {
    expect(parseFamilyL2("1, 2.5,0.5")).toEqual({ word: 1, phrase: 2.5, headline: 0.5 });
  });

  it("refuses a wrong count or a factor that is not positive", () => {
    expect(parseFamilyL2("1,2")).toBeNull();
    expect(parseFamilyL2("1,0,1")).toBeNull();
    expect(parseFamilyL2("1,x,1")).toBeNull();
  });
});

describe("multiplyScales", () => {
  it("multiplies the two factors feature by feature", () => {
    const product = multiplyScales(Float64Array.of(2, 1), Float64Array.of(0.5, 3));
    expect([...product]).toEqual([1, 3]);
  });
});
