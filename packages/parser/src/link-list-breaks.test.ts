import { describe, expect, it } from "vitest";
import { splitLines } from "./lines.js";
import { parseTextLines } from "./parse-text.js";

// Fictional text written for these tests.
const HEADLINE = "Harbour Town Readies Its Beaches for the Summer Crowds";
const STORY = [
  "Lifeguards in Vessby began their season on Saturday, a week earlier than last year, after the town council voted to extend patrols along the north beach.",
  "The council said the extra week would cost about as much as a new rescue boat, and that the money came from the fees paid by the ferry company for its new pier.",
  "Officials also published a list of guides for families planning a day on the coast:",
];
const LINKS = [
  "Swimming Safely in Open Water",
  "https://www.coast.example/guides/open-water",
  "Sun and Heat for Small Children",
  "https://www.health.example/family/sun-and-heat",
  "https://www.health.example/family/water-bottles",
  "Boat Trips and Life Jackets",
  "https://www.harbour.example/boats/life-jackets",
];
const AFTER = [
  "The beaches' car parks open at seven, and the council asks visitors to come by bus where they can.",
];
const NEXT_STORY = [
  "Ferry fares between Granvik and Holt will rise by a tenth from June, the operator said on Monday, blaming the cost of fuel and repairs to its oldest ship.",
  "Commuters' groups called the rise steep and asked the regional government to step in, as it did when fares last rose two years ago.",
];

const parse = (lines: string[]) => parseTextLines(splitLines(lines.join("\n")));

describe("web addresses in a list of links", () => {
  it("leave a list of titled links closing a story with that story", () => {
    const { articles } = parse([HEADLINE, ...STORY, ...AFTER, ...LINKS]);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs.join("\n")).toContain("Boat Trips and Life Jackets");
  });

  it("still open the article an address is pasted above", () => {
    const { articles } = parse([
      HEADLINE,
      ...STORY,
      ...AFTER,
      "https://www.ferries.example/2026/05/fares-rise",
      ...NEXT_STORY,
    ]);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.paragraphs.join("\n")).toContain("Ferry fares between Granvik and Holt");
  });
});
