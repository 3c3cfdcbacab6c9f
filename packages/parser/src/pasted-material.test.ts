import { describe, expect, it } from "vitest";
import { parseDump } from "./parse-dump.js";
import { wrap } from "./test-support/compose-dump.js";
import type { Article } from "./types.js";

/**
 * What a new user pastes (issue #13): forwarded newsletters, blog pages with their buttons and
 * links, several short stories to a dump, hard-wrapped text. Every outlet, person and story here
 * is invented for these tests.
 */

function parse(lines: readonly string[]): Article[] {
  return parseDump(lines.join("\n")).articles;
}

/** Every paragraph of every article, the headline and dek included. */
function allText(articles: readonly Article[]): string[] {
  return articles.flatMap((a) => [a.headline, a.dek ?? "", ...a.paragraphs]);
}

const HEADER_OR_FOOTER =
  /^(?:from|to|date|subject|sent):|forwarded|original message|unsubscribe|receiving this|mailing address|was sent to|\d+ (?:quay street|mill lane|harbour road)|thought you/i;

const GMAIL_FORWARD = [
  "---------- Forwarded message ---------",
  "From: Harbour Ledger Briefing <briefing@harbourledger.example>",
  "Date: Tue, Mar 3, 2026 at 6:02 AM",
  "Subject: Morning briefing: ferry fares, a new library wing",
  "To: <desk@newsroom.example>",
  "",
  "",
  "FERRY FARES RISE FOR ISLAND COMMUTERS",
  "",
  "Commuters on the Tolvik ferry will pay a fifth more from April, the island council said on Monday, after the operator asked for help with fuel costs.",
  "",
  "Councillor Mira Esterhuys said the rise was the first in six years and that season tickets would be spared until the summer.",
  "",
  '"We held it back as long as we could," she said.',
  "",
  "LIBRARY WING OPENS AFTER THREE-YEAR WAIT",
  "",
  "The new children's wing of Brannock public library opened its doors on Saturday, three years after the roof of the old reading room gave way in a storm.",
  "",
  "Head librarian Tobias Renwick said more than 400 families came through on the first day.",
  "",
  "The wing cost 2.1 million and was paid for mostly by a bequest from a former teacher.",
  "",
  "You are receiving this because you signed up for the Harbour Ledger morning briefing.",
  "Unsubscribe | Manage preferences",
  "Harbour Ledger, 14 Quay Street, Port Selwyn",
];

const APPLE_MAIL_FORWARD = [
  "Begin forwarded message:",
  "",
  'From: "Valley Courier" <news@valleycourier.example>',
  "Subject: Your weekly Valley Courier digest",
  "Date: 12 February 2026 at 07:15:33 GMT",
  "To: Nadia Farrow <nadia@desk.example>",
  "",
  "SCHOOL BUS ROUTE CUT IN NORTH VALLEY",
  "",
  "Parents in North Valley learned this week that the number 9 school bus will stop running after the spring break, leaving about 60 pupils without a direct route.",
  "",
  "The transport board blamed a shortage of drivers and said it would review the decision in June.",
  "",
  "Ruth Okonkwo, whose two sons ride the bus, said the board had given families no warning.",
  "",
  "BAKERY WINS REGIONAL BREAD PRIZE",
  "",
  "A family bakery in Dunmere has won the regional sourdough prize for the second year running.",
  "",
  "Owner Pavel Lindqvist said he would spend the prize money on a second oven.",
  "",
  "The bakery employs eleven people and opened in 1987.",
  "",
  "---",
  "This email was sent to nadia@desk.example. You were receiving this because you subscribed at valleycourier.example.",
  "Valley Courier Ltd, 3 Mill Lane, Dunmere DN4 7QP",
  "Unsubscribe from this list",
];

const FORWARD_OF_A_FORWARD = [
  "-------- Original Message --------",
  "Subject: Fwd: Coastal Watch newsletter - March edition",
  "Date: Wed, 4 Mar 2026 09:41:07 +0000",
  "From: Ingrid Solheim <ingrid@example.org>",
  "To: tips@newsdesk.example",
  "",
  "Thought you'd want to see this.",
  "",
  "---------- Forwarded message ---------",
  "From: Coastal Watch <hello@coastalwatch.example>",
  "Date: Mon, 2 Mar 2026 at 08:00",
  "Subject: Coastal Watch newsletter - March edition",
  "To: ingrid@example.org",
  "",
  "SEAL PUPS RETURN TO GREYSTONE BAY",
  "",
  "Volunteers counted 38 grey seal pups on the beaches of Greystone Bay this winter, the highest number since records began in 2009.",
  "",
  "The count was led by marine biologist Dr. Anwen Pryce, who said quieter boat traffic had helped.",
  "",
  "Visitors are asked to keep at least 50 metres away from the animals.",
  "",
  "DUNE FENCING PLAN APPROVED",
  "",
  "The district planning committee approved new fencing along the Marram dunes on Thursday, after two winters of erosion.",
  "",
  "Work will start in May and should take about six weeks, the committee said.",
  "",
  "Walkers will still be able to reach the beach by the two main paths.",
  "",
  "Copyright 2026 Coastal Watch, All rights reserved.",
  "You are receiving this email because you opted in via our website.",
  "Our mailing address is: Coastal Watch, 8 Harbour Road, Kilbride",
  "Want to change how you receive these emails? You can update your preferences or unsubscribe from this list.",
];

// A newsletter's headlines in capitals, a few short paragraphs apart, stand as a roundup's items
// do; the article's own headline is not read as a sibling of the next (head-siblings.ts), so the
// next story's headline is not taken for an item.

function expectCapitalsHeadlines(dump: readonly string[], headlines: readonly string[]): void {
  const articles = parse(dump);
  expect(articles.map((a) => a.headline)).toEqual(headlines);
  expect(articles.every((a) => a.headlineSource === "dump")).toBe(true);
}

describe("a forwarded newsletter", () => {
  it("in a Gmail forward: one article per story, under its capitals headline", () =>
    expectCapitalsHeadlines(GMAIL_FORWARD, [
      "FERRY FARES RISE FOR ISLAND COMMUTERS",
      "LIBRARY WING OPENS AFTER THREE-YEAR WAIT",
    ]));

  it("in an Apple Mail forward: one article per story, under its capitals headline", () =>
    expectCapitalsHeadlines(APPLE_MAIL_FORWARD, [
      "SCHOOL BUS ROUTE CUT IN NORTH VALLEY",
      "BAKERY WINS REGIONAL BREAD PRIZE",
    ]));

  it.each([
    ["a Gmail forward", GMAIL_FORWARD],
    ["an Apple Mail forward", APPLE_MAIL_FORWARD],
    ["a forward of a forward", FORWARD_OF_A_FORWARD],
  ])("in %s: no header, note or footer line in any article", (_, dump) => {
    const articles = parse(dump);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles[0]?.headline).toMatch(/^[A-Z ]+$/);
    expect(allText(articles).filter((text) => HEADER_OR_FOOTER.test(text))).toEqual([]);
  });

  it("ends the last story at its own last paragraph, not at the footer", () => {
    const last = parse(GMAIL_FORWARD).at(-1);
    expect(last?.paragraphs.at(-1)).toBe(
      "The wing cost 2.1 million and was paid for mostly by a bequest from a former teacher.",
    );
  });
});

const BLOG_WITH_BUTTONS = [
  "City hall delays vote on cycle lanes",
  "",
  "Councillors in Ashford Vale put off a vote on the new cycle lanes on Wednesday night, after more than a hundred residents packed the chamber to speak against the plan.",
  "",
  "Share this article",
  "",
  "The proposal would remove 240 parking spaces along Orchard Road and Kingsway, replacing them with protected lanes in both directions.",
  "",
  "Advertisement",
  "",
  "Listen to this article 4 min",
  "",
  '"Nobody asked the shopkeepers," said Leonie Marchetti, who runs a shoe repair shop on Kingsway. "We will lose half our passing trade."',
  "",
  "Read more: Cycle lane plan split the council last year",
  "",
  "The council's transport lead, Devon Achterberg, said the vote would return in April with changes.",
  "",
  "Photo: Sunil Varma/Vale Herald",
  "",
  "Advertisement",
  "",
  "Museum returns carved mask to island community",
  "",
  "The Northcliff Museum has handed back a carved ceremonial mask to the people of Ravu island, nearly a century after a collector shipped it to Europe.",
  "",
  "Editor's note: This article has been updated to correct the name of the museum's director.",
  "",
  "Director Hélène Castellano flew to the island for the ceremony on Sunday and said the return was long overdue.",
  "",
  "Source: Northcliff Museum annual report",
  "",
  "Island elders said the mask would be kept in the meeting house and shown at the harvest festival.",
  "",
  "Share this article",
  "Advertisement",
  "",
  "Farmers warn of poor apple harvest after late frost",
  "",
  "Orchard owners across the Lenham valley expect their smallest apple crop in a decade after a frost in late April killed much of the blossom.",
  "",
  "— Brannagh Orchards (@brannaghorchards) May 14, 2025",
  "",
  "Growers' association chair Ifeoma Daniels said some farms had lost four-fifths of their fruit.",
  "",
  "For more coverage of farming and food, visit valeherald.example/farming",
  "",
  "Prices in the shops are likely to rise by the autumn, she said.",
];

const BLOG_WITH_LINKS_AND_EMBEDS = [
  "Lighthouse keeper's cottage to become museum",
  "",
  "By Orla Whitcombe",
  "",
  "🎧 Listen to this story • 6 minutes",
  "",
  "The former keeper's cottage at Skerrow Point will reopen next spring as a small maritime museum, the heritage trust that owns it said on Thursday.",
  "",
  "ALSO READ | Coastal path reopens after landslip repairs",
  "",
  "Trust chair Bertrand Ngata said volunteers had catalogued more than 900 objects, from logbooks to brass lamps.",
  "",
  "Orla Whitcombe/Coast Post",
  "",
  "The trust still needs to raise about a third of the cost.",
  "",
  "Subscribe to our weekly heritage newsletter at coastpost.example/newsletters",
  "",
  "Note from the editor: An earlier version of this story misspelled the name of the trust chair.",
  "",
  "Teachers vote to accept pay offer",
  "",
  "Secondary teachers in the Carrow district have voted to accept a pay offer of 4.5 percent over two years, ending a dispute that closed schools on six days this term.",
  "",
  "(Source: Carrow Teachers' Union ballot results)",
  "",
  "Union secretary Marguerite Oyelaran said members were tired but relieved.",
  "",
  "A post shared by Carrow Union (@carrowunion)",
  "",
  "Headteachers said lessons missed during the strikes would be made up in the summer term.",
  "",
  "Related: Parents fear exam disruption as strike enters second week",
  "",
  "Sources: district education office; union statement",
  "",
  "Night bus service extended to airport",
  "",
  "Play audio (2 min)",
  "",
  "The night bus from the city centre will run all the way to Fenwick airport from next month, the transport authority announced.",
  "",
  "Watch the full announcement at youtube.com/@fenwicktransport",
  "",
  "Passengers had complained for years that the last bus left the terminal before midnight.",
  "",
  "Read more about our transport coverage at https://www.citydesk.example/transport",
  "",
  "The extension will cost about 300,000 a year.",
  "",
  "EDITOR’S NOTE — This story is part of our series on getting around the city.",
];

const HEADLESS_BLOG = [
  "The Ashford Vale council has voted to close the Orchard Road swimming baths at the end of the summer, ending nearly a century of public bathing on the site.",
  "",
  "Councillors said the building needed repairs costing more than 3 million, which the council could not afford.",
  "",
  'Swimmers protested outside the town hall before the vote, holding signs that read "Save our baths".',
  "",
  "The baths will close on August 31.",
  "",
  "Share this article",
  "",
  "Advertisement",
  "",
  "A fire at a recycling plant on the edge of Dunmere sent thick smoke over the town on Tuesday, and residents were told to keep their windows shut.",
  "",
  "Firefighters from three stations spent six hours bringing the blaze under control.",
  "",
  "The plant's owner, Greenloop Recycling, said no one was hurt and the cause was not yet known.",
  "",
  "Listen to this article 3 min",
  "",
  "Advertisement",
  "",
  "Shares in Kestrel Power have risen 13% on their first day of trading, valuing the regional electricity producer at 2.4 billion.",
  "",
  "The company, which runs wind farms along the Norland coast, sold a quarter of its shares to investors.",
  "",
  "Chief executive Amelie Brandt said the money would pay for two new wind farms.",
  "",
  "Read more: Wind farm plan divides coastal villages",
  "",
  "Share this article",
];

// The debris lines of the two blog pastes above: none may end up in an article.
const BLOG_DEBRIS =
  /^(?:share this article|advertisement|listen|🎧|read more|photo:|editor|note from|source|\(source|sources|also read|a post shared|related|play audio|watch the full|subscribe|for more coverage|—)|\/(?:vale herald|coast post)$|^orla whitcombe\//i;

describe("a blog paste with its buttons, links, credits and embeds", () => {
  it("keeps each story whole under its headline", () => {
    expect(parse(BLOG_WITH_BUTTONS).map((a) => a.headline)).toEqual([
      "City hall delays vote on cycle lanes",
      "Museum returns carved mask to island community",
      "Farmers warn of poor apple harvest after late frost",
    ]);
  });

  it("finds the story under a headline that follows a dropped line of debris", () => {
    const headlines = parse(BLOG_WITH_LINKS_AND_EMBEDS).map((a) => a.headline);
    expect(headlines[0]).toBe("Lighthouse keeper's cottage to become museum");
    expect(headlines).toContain("Night bus service extended to airport");
    expect(headlines.filter((h) => /^(?:ALSO READ|Trust chair)/.test(h))).toEqual([]);
  });

  it.each([
    ["buttons", BLOG_WITH_BUTTONS],
    ["links and embeds", BLOG_WITH_LINKS_AND_EMBEDS],
    ["no headlines", HEADLESS_BLOG],
  ])("drops every line of debris (%s)", (_, dump) => {
    expect(allText(parse(dump)).filter((text) => BLOG_DEBRIS.test(text))).toEqual([]);
  });

  it("starts each headless story after the debris between them", () => {
    const articles = parse(HEADLESS_BLOG);
    expect(articles.map((a) => a.paragraphs[0]?.slice(0, 24))).toEqual([
      "The Ashford Vale council",
      "A fire at a recycling pl",
      "Shares in Kestrel Power ",
    ]);
    expect(articles.map((a) => a.paragraphs.length)).toEqual([4, 3, 3]);
  });
});

/** Six short headless stories on one beat, three blank lines apart, debris beside each gap. */
function spacedStories(debrisAt: "before" | "after"): string {
  const topics = [
    "the baths",
    "road repairs",
    "parking fees",
    "library hours",
    "street lights",
    "the market",
  ];
  const debris = ["Share this article", "Advertisement"];
  return topics
    .map((topic, i) => {
      const story = [
        `Ashford Vale council said on Monday it would look again at ${topic} after complaints.`,
        `Councillors said a decision on ${topic} would come later in the year.`,
        "Officers will write a report for the committee.",
        "Residents can send their views by email.",
        "The council will meet again in September.",
      ].join("\n\n");
      if (i === 0) return story;
      const line = debris[i % 2] as string;
      return debrisAt === "after" ? `${line}\n\n${story}` : `\n${line}\n\n\n\n${story}`;
    })
    .join("\n\n\n\n");
}

describe("a wide gap between stories with a line of debris beside it", () => {
  it.each(["before", "after"] as const)("still parts the stories (debris %s the gap)", (at) => {
    const articles = parseDump(spacedStories(at)).articles;
    expect(articles).toHaveLength(6);
    expect(articles.every((a) => a.paragraphs.length === 5)).toBe(true);
  });
});

const SHORT_STORIES = [
  "Toy makers show wares at fair",
  "",
  "Hundreds of toy makers from around the region set out their stalls at the Kestrel Hall trade fair on Tuesday, hoping to catch the eye of buyers before the Christmas orders close.",
  "",
  "Organiser Philippa Dunmore said this year's fair was the largest since it began, with 312 exhibitors.",
  "",
  "Wooden puzzles and board games drew the biggest crowds, she said.",
  "",
  "New bridge for Elm Creek",
  "",
  "Work on a footbridge over Elm Creek will begin in June, the county roads department said, replacing a crossing that was closed after floods last winter.",
  "",
  "The bridge will cost 1.4 million and should open before the end of the year.",
  "",
  "Residents have had to walk an extra two kilometres to reach the school.",
  "",
  "Record crowd at river festival",
  "",
  "More than 18,000 people came to the Sallowmere river festival over the weekend, the organisers said, beating the record set in 2019.",
  "",
  "Boat races and a night parade of lanterns were the highlights.",
  "",
  "Police said the event passed without serious incident.",
  "",
  "Rail strike talks resume",
  "",
  "Talks between the Northern Line drivers' union and the rail operator resumed on Friday after a two-week pause.",
  "",
  "Union negotiator Kwame Adebayo said both sides had moved but a deal was not yet close.",
  "",
  "A further strike is planned for the end of the month.",
  "",
  "Hospital car park fees scrapped",
  "",
  "Patients and visitors at Westmarch General will no longer pay to park from next Monday, the health board said.",
  "",
  "The board said the fees raised less than it cost to collect them.",
  "",
  "Staff had campaigned against the charges for three years.",
];

// Once a known miss of the learned headline score: the third story's headline, five words with
// no verb in sentence case, scored far under the bar for short lines (about -2.6 against -0.75),
// the fifth too (-1.9). Each one's words come back in the prose under it, which shares no word
// with the story above (head-score.ts, headsFreshProse).
describe("short stories under short headlines", () => {
  it("takes each short headline for its story's, and ends the story above at its last line", () => {
    const articles = parse(SHORT_STORIES);
    expect(articles.map((a) => a.headline)).toEqual([
      "Toy makers show wares at fair",
      "New bridge for Elm Creek",
      "Record crowd at river festival",
      "Rail strike talks resume",
      "Hospital car park fees scrapped",
    ]);
    expect(articles.map((a) => a.paragraphs.length)).toEqual([3, 3, 3, 3, 3]);
  });
});

// Three stories, each closing on a short line; the first lines of their wrapped paragraphs open
// with capitalized words, as a headline does.
const WRAPPED_STORIES: [string, string[]][] = [
  [
    "Harbour board approves new ferry berth",
    [
      "The harbour board at Port Ellery approved plans for a second ferry berth on Tuesday, after two years of complaints from island passengers about queues on summer weekends.",
      "Board Chair Annika Hollowell Said the berth would cost about 6 million and take eighteen months to build, and that the work would start in the autumn.",
      "Westsound Lines, the ferry operator, said it would add two sailings a day once the berth opened, and that fares would not rise as a result.",
      "Island councillor Dmitri Osei welcomed the decision.",
    ],
  ],
  [
    "Library to open on Sundays",
    [
      "Brannock Central Library Will Open on Sunday afternoons from May, the town council said, after a petition signed by more than 2,000 residents.",
      "Parents Against Closures, the group behind the petition, said it was a good start but that the mobile library should not pay the price.",
      "Chief Librarian Ottilie Marsh and her deputy Anders Holm said staff had volunteered for the extra shifts.",
    ],
  ],
  [
    "New Rules for Street Traders",
    [
      "Street Traders in Kelso Market Square will need a licence from June under new rules agreed by the borough council on Thursday night.",
      "The Kelso Traders Association, which represents about 40 stall holders, said the fee of 300 a year was too high for small traders.",
      "Council Leader Fatima Rahimi said the rules would keep the square safe and tidy.",
    ],
  ],
];

function wrappedDump(width: number, gap: string): string {
  return WRAPPED_STORIES.map(([headline, body]) =>
    [headline, ...body.map((p) => wrap(p, width).join("\n"))].join(`\n${gap}`),
  ).join(`\n${gap}`);
}

describe("hard-wrapped stories", () => {
  it.each([60, 68, 76])("no wrapped paragraph's first line is a headline (%i columns)", (width) => {
    const headlines = new Set(WRAPPED_STORIES.map(([h]) => h));
    // A headline missed stays a line of its own inside the story above (see the test below).
    const paragraphs = new Set(WRAPPED_STORIES.flatMap(([h, b]) => [h, ...b]));
    for (const gap of ["", "\n"]) {
      const articles = parseDump(wrappedDump(width, gap)).articles;
      for (const a of articles) expect(headlines.has(a.headline)).toBe(true);
      // Blank-separated, every paragraph is rejoined whole, whatever story it lands in.
      if (gap !== "")
        for (const p of articles.flatMap((a) => a.paragraphs)) expect(paragraphs.has(p)).toBe(true);
    }
  });

  // The second story's five-word headline was long a known miss: taken with every learned file
  // fitted without the validation fold but not with the committed ones, until the headline
  // score's bars inside an article were learned (corpus/train-head-veto.ts).
  it.each([60, 68, 76])("keeps every story under its headline (%i columns)", (width) => {
    for (const gap of ["", "\n"]) {
      const articles = parseDump(wrappedDump(width, gap)).articles;
      expect(articles.map((a) => a.headline)).toEqual(WRAPPED_STORIES.map(([h]) => h));
      // Without blank lines, a paragraph whose last line is full runs on into the next one:
      // only the blank-separated layout keeps every paragraph apart.
      if (gap !== "")
        expect(articles.map((a) => a.paragraphs)).toEqual(WRAPPED_STORIES.map(([, b]) => b));
    }
  });
});
