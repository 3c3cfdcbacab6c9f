import { describe, expect, it } from "vitest";
import {
  compileBeatMember,
  countMemberBuckets,
  memberCanMove,
  mixMemberLogits,
  scoreBeatMember,
} from "./beat-member.js";
import { loadBeatMember, loadBundledData } from "./load-data.js";
import { splitZones } from "./zones.js";

const member = compileBeatMember(loadBeatMember());
const article = {
  headline: "Central bank raises interest rates to curb inflation",
  dek: null,
  paragraphs: [
    "The central bank raised its main interest rate on Thursday, the third rise this year.",
  ],
  contributors: [],
};

describe("the beat member", () => {
  it("was learned for the bundled model's beats", () => {
    const data = loadBundledData();
    expect(member.classes).toEqual(data.beatModel.classes);
  });

  it("counts words and phrases but never a stopword", () => {
    const zones = splitZones(article);
    const withStopwords = countMemberBuckets(member, zones);
    member.counts.fill(0);
    const bare = countMemberBuckets(
      member,
      splitZones({ ...article, paragraphs: ["The the of and."], headline: "The" }),
    );
    member.counts.fill(0);
    expect(withStopwords).toBeGreaterThan(10);
    expect(bare).toBe(0);
  });

  it("gives probabilities, the same each time", () => {
    const zones = splitZones(article);
    const q = Array.from(scoreBeatMember(member, zones));
    expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(Array.from(scoreBeatMember(member, zones))).toEqual(q);
    expect(member.classes[q.indexOf(Math.max(...q))]).toBe("economy-business-finance");
  });

  it("overturns the model's top beat by trading two logits, or leaves them", () => {
    const C = member.classes.length;
    const logits = new Float64Array(C).map((_, k) => (k === 0 ? 1 : 0.5));
    const q = new Float64Array(C).fill(0);
    q[0] = 1;
    const agreeing = Float64Array.from(logits);
    expect(mixMemberLogits(member, agreeing, 1.3, q)).toBe(-1);
    expect(agreeing).toEqual(logits);
    q[0] = 0;
    q[1] = 1;
    expect(mixMemberLogits(member, logits, 1.3, q)).toBe(1);
    expect([logits[0], logits[1], logits[2]]).toEqual([0.5, 1, 0.5]);
  });

  it("is not run when it cannot move the answer", () => {
    const C = member.classes.length;
    const guarded = member.classes.indexOf("sport");
    const politics = member.classes.indexOf("politics");
    const logitsWith = (top: number, lead: number) =>
      new Float64Array(C).map((_, k) => (k === top ? lead : 0));
    expect(memberCanMove(member, logitsWith(guarded, 0.1), 1)).toBe(false);
    expect(memberCanMove(member, logitsWith(politics, 0.1), 1)).toBe(true);
    expect(memberCanMove(member, logitsWith(politics, 10), 1)).toBe(false);
  });
});
