import { describe, expect, it } from "vitest";
import { pullBoundaryBack } from "./lede-pull.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: a story about a ferry timetable, then a feature about a couple saving
// for a house whose lede opens with a pronoun, its cast named only in the paragraph after it.
const FERRY = [
  "The ferry operator on the Brannock crossing will cut its winter timetable to four sailings a day from November, the harbour authority said on Monday.",
  "Harbourmaster Odile Vance said the crossing had lost money every winter since the new bridge opened upriver.",
  "Passengers who commute to the island hospital said the earliest sailing was the only one that got them to work on time.",
  "He said the authority would look again at the timetable in the spring.",
];
const SAVINGS = [
  "They have been saving for a house deposit for six years, and the savings account is the only thing the rent has never reached.",
  "Every month the couple, a nurse and a bus driver in Caldmoor, move what is left of their wages into the savings account before the rent is due.",
  "Deposits in Caldmoor have doubled since the couple began saving, and the rent on their flat has risen by a third.",
  "Mortgage brokers in the town say first buyers now wait twice as long for a house as they did a decade ago.",
  "Lenders say the deposit rules are unlikely to change before next year.",
];

function pulled(texts: readonly string[], cut: number): number {
  const table = new FeatureTable(texts);
  const body = texts.map((_, i) => i);
  return pullBoundaryBack(table, body, 0, cut, 2);
}

describe("a boundary found a paragraph late", () => {
  it("moves back onto a lede that opens with a pronoun when its words carry on below", () => {
    const texts = [...FERRY, ...SAVINGS];
    expect(pulled(texts, FERRY.length + 1)).toBe(FERRY.length);
  });

  it("leaves a story's closing line that opens with a pronoun with the story above", () => {
    const texts = [...FERRY, ...SAVINGS.slice(1)];
    expect(pulled(texts, FERRY.length)).toBe(FERRY.length);
  });
});
