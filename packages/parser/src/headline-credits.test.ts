import { describe, expect, it } from "vitest";
import { parseDump } from "./parse-dump.js";

// Web pages put the author's name and role on lines of their own under the headline.
const DUMP = [
  "Harbour authority approves new ferry terminal for Skerrow",
  "Moira Lennox",
  "Transport correspondent",
  "The harbour authority in Skerrow has approved a £40m ferry terminal after a two-year consultation, ending a dispute that divided the island.",
  "The board voted seven to two on Thursday to back the plan, which will replace the pier built in 1931.",
  'Councillor Angus Baird said the decision would "secure the island\'s lifeline for another century".',
  "Teachers in three counties vote to strike over workload",
  "Union sets no date yet as talks with the education authority continue.",
  "Omar Haddad and Lise Brandt",
  "A strike ballot of secondary teachers in Wexmoor, Daleshire and Fenbury has returned a majority for action, the union said on Friday.",
  "The union said 71% of members who voted backed walkouts, on a turnout of 58%.",
].join("\n");

describe("credit lines under a headline", () => {
  const { articles } = parseDump(DUMP);

  it("keep the article whole and its headline recognised", () => {
    expect(articles.map((a) => [a.startLine, a.endLine, a.headlineSource])).toEqual([
      [1, 6, "dump"],
      [7, 11, "dump"],
    ]);
  });

  it("name the authors as contributors, and leave roles and names out of the body", () => {
    expect(articles.map((a) => a.contributors)).toEqual([
      ["Moira Lennox"],
      ["Omar Haddad", "Lise Brandt"],
    ]);
    expect(articles[0]?.paragraphs[0]).toMatch(/^The harbour authority/);
    expect(articles[1]?.dek).toBe(
      "Union sets no date yet as talks with the education authority continue.",
    );
    expect(articles[1]?.paragraphs[0]).toMatch(/^A strike ballot/);
  });
});
