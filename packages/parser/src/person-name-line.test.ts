import { describe, expect, it } from "vitest";
import { isGivenName } from "./given-names.js";
import { parseDump } from "./parse-dump.js";
import { isPersonNameLine } from "./person-name-line.js";

describe("isGivenName", () => {
  it("knows common given names and not common title words", () => {
    expect(["Margaret", "Thomas", "Helen", "oliver"].every(isGivenName)).toBe(true);
    expect(["Tariffs", "Senate", "Flooding", "Budget"].some(isGivenName)).toBe(false);
  });
});

describe("isPersonNameLine", () => {
  it("reads bare names, with initials, particles, hyphens and several authors", () => {
    for (const line of [
      "Margaret Oduya",
      "Thomas R. Vellacott",
      "Helen van der Berg",
      "Oliver Brandt-Nyström",
      "Margaret Oduya and Thomas Vellacott",
      "Helen Marsh, Oliver Quist and Ruth Ansel",
    ])
      expect(isPersonNameLine(line), line).toBe(true);
  });

  it("reads a name followed by a role, an outlet or an affiliation", () => {
    for (const line of [
      "Margaret Oduya, Staff Writer",
      "Thomas Vellacott | Norland Wire",
      "Helen Marsh – University of Skerrow",
    ])
      expect(isPersonNameLine(line), line).toBe(true);
  });

  it("refuses title-cased headlines and a name with a title's appositive", () => {
    for (const line of [
      "Tariffs Bite Harder",
      "Flooding Closes Coastal Road",
      "Helen Marsh Wins the Seat",
      "Thomas Vellacott Resigns From Board",
      "Margaret Oduya, Reluctant Reformer",
      "Helen Marsh, Oliver Quist pay staff; Ruth Ansel travels",
      "Oliver Brandt - Notes on a Cold Summer: Part Two",
      "The Budget Office",
      "Margaret Oduya.",
      "Thomas Vellacott 2024",
    ])
      expect(isPersonNameLine(line), line).toBe(false);
  });
});

// A headless story pasted with its author's bare name over its lede, after a headed one.
const DUMP = [
  "Harbour authority approves new ferry terminal for Skerrow",
  "The harbour authority in Skerrow has approved a £40m ferry terminal after a two-year consultation, ending a dispute that divided the island.",
  "The board voted seven to two on Thursday to back the plan, which will replace the pier built in 1931.",
  'Councillor Angus Baird said the decision would "secure the island\'s lifeline for another century".',
  "Work is due to begin in the spring, the authority said.",
  "Margaret Oduya",
  "WEXMOOR — Secondary teachers in three counties have voted to strike over workload, their union said on Friday, after talks with the education authority stalled.",
  "The union said 71% of members who voted backed walkouts, on a turnout of 58%.",
  "No date has been set for the first strike day.",
].join("\n");

describe("a bare name over a headless story's lede", () => {
  const { articles } = parseDump(DUMP);

  it("opens the story as a byline would, and is not its headline", () => {
    const story = articles.find((a) => a.startLine === 6);
    expect(story).toBeDefined();
    expect(story?.headline).not.toBe("Margaret Oduya");
    expect(story?.contributors).toEqual(["Margaret Oduya"]);
  });
});
