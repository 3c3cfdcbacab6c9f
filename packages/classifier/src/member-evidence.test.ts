import { describe, expect, it } from "vitest";
import { compileBeatMember, scoreBeatMember, visitMemberKeys } from "./beat-member.js";
import { createClassifier } from "./create-classifier.js";
import { loadBeatMember } from "./load-data.js";
import { memberTerms } from "./member-evidence.js";
import { splitZones } from "./zones.js";

// Written for this test: the model files it under politics (its "finance minister" and "vote"),
// the member under the economy (its debt, treasury and prices), and the mix takes the member's.
const fuelDuty = {
  headline: "Finance minister defends fuel duty rise",
  dek: null,
  paragraphs: [
    "The finance minister defended a rise in fuel duty on Tuesday, saying the treasury needed the money to pay down debt.",
    "Hauliers and farmers said the rise would push up the price of food and goods, and economists expect inflation to rise.",
    "The minister told reporters the government would not change course before the vote.",
  ],
  contributors: [],
};

describe("the member's evidence", () => {
  const member = compileBeatMember(loadBeatMember());
  const economy = member.classes.indexOf("economy-business-finance");
  const politics = member.classes.indexOf("politics");

  it("shares out the member's logit difference between two beats among the words", () => {
    const zones = splitZones(fuelDuty);
    const q = scoreBeatMember(member, zones);
    const margin = Math.log((q[economy] as number) / (q[politics] as number));
    const terms = memberTerms(member, zones, economy, politics);
    const bias = (member.bias[economy] as number) - (member.bias[politics] as number);
    const sum = terms.reduce((s, t) => s + t.contribution, 0);
    expect(sum + bias).toBeCloseTo(margin, 9);
    // The other way round, every share changes sign.
    const reversed = memberTerms(member, zones, politics, economy);
    const debt = (list: typeof terms) => list.find((t) => t.term === "debt")?.contribution;
    expect(debt(reversed)).toBeCloseTo(-(debt(terms) as number), 12);
    expect(terms.map((t) => t.term)).toContain("pay down");
  });

  it("gives a lone word the member's scale times its vector against the output weights' difference", () => {
    const zones = splitZones({
      headline: "",
      dek: null,
      paragraphs: ["Inflation."],
      contributors: [],
    });
    const buckets: number[] = [];
    visitMemberKeys(member, zones, (b) => buckets.push(b));
    expect(buckets).toHaveLength(1);
    // One key: its value log(1 + 2) at unit length is 1.
    const at = (buckets[0] as number) * member.dim;
    let dot = 0;
    for (let j = 0; j < member.dim; j++) {
      const out = (k: number) => member.output[k * member.dim + j] as number;
      dot += (member.embeddings[at + j] as number) * (out(economy) - out(politics));
    }
    expect(memberTerms(member, zones, economy, politics)).toEqual([
      { term: "inflation", contribution: member.scale * dot },
    ]);
  });

  it("makes the words that overturned the model the primary beat's evidence", () => {
    const explained = createClassifier().explain(fuelDuty);
    expect(explained.beats[0]?.id).toBe("economy-business-finance");
    expect(explained.evidence.wordingOver).toBe("politics");
    expect(explained.evidence.beat).toEqual(["debt", "pay", "treasury", "rise"]);
    expect(explained.beatEvidence[0]).toMatchObject({
      id: "economy-business-finance",
      wordingOver: "politics",
    });
    // The second beat keeps the model's own words.
    expect(explained.beatEvidence[1]?.wordingOver).toBeUndefined();
    expect(explained.beatEvidence[1]?.terms[0]?.term).toBe("finance minister");
  });

  it("leaves the model's evidence where the member did not overturn it", () => {
    const explained = createClassifier().explain({ ...fuelDuty, headline: "Fuel duty vote" });
    expect(explained.evidence.wordingOver).toBeUndefined();
    expect(explained.beatEvidence.every((b) => b.wordingOver === undefined)).toBe(true);
  });
});
