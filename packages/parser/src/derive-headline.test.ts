import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveHeadline, firstSentence, MAX_DERIVED_HEADLINE } from "./derive-headline.js";
import { datelineOf } from "./line-kinds.js";

const DANGLING = /\b(?:a|an|the|and|or|but|of|to|in|on|at|for|from|with|by)$/i;

/** Pads `tail` on the left with words so that it ends at column `end`. */
function endingAt(tail: string, end: number): string {
  const words = [
    "Harbour",
    "pilots",
    "in",
    "the",
    "northern",
    "port",
    "said",
    "at",
    "dawn",
    "that",
  ];
  let text = tail;
  for (let i = 0; text.length < end; i++) text = `${words[i % words.length]} ${text}`;
  return text.slice(text.length - end);
}

describe("firstSentence", () => {
  it("stops at the first full stop", () => {
    expect(firstSentence("The pier opened. Crowds came.")).toBe("The pier opened.");
  });

  it("skips the full stops of titles and initials", () => {
    expect(firstSentence("Mr. Ness and Anna K. Berg met Dr. Lund. They talked.")).toBe(
      "Mr. Ness and Anna K. Berg met Dr. Lund.",
    );
  });

  it("skips the full stops inside initialisms and military titles", () => {
    expect(firstSentence("The U.S. Coast Guard and Rear Adm. Lund met. They talked.")).toBe(
      "The U.S. Coast Guard and Rear Adm. Lund met.",
    );
  });

  it("keeps a closing quote and takes ! and ?", () => {
    expect(firstSentence("“Will it float?” He laughed.")).toBe("“Will it float?”");
    expect(firstSentence("It floats! Nobody expected it.")).toBe("It floats!");
  });

  it("does not end a sentence before a lower-case word", () => {
    expect(firstSentence("“Will it float?” she asked. He laughed.")).toBe(
      "“Will it float?” she asked.",
    );
  });

  it("returns the whole text when it has no sentence end", () => {
    expect(firstSentence("no sentence end here")).toBe("no sentence end here");
  });
});

describe("deriveHeadline", () => {
  it("uses a short first sentence, without its full stop", () => {
    expect(deriveHeadline("The ferry pier will be rebuilt. Work starts in summer.")).toBe(
      "The ferry pier will be rebuilt",
    );
  });

  it("keeps a question mark", () => {
    expect(deriveHeadline("Can a wooden pier survive another winter? Engineers doubt it.")).toBe(
      "Can a wooden pier survive another winter?",
    );
  });

  it.each([
    [
      "KYIV, Ukraine — Drones struck the power grid overnight. More followed.",
      "Drones struck the power grid overnight",
    ],
    ["LONDON (Reuters) - Shares fell in early trading. Banks led.", "Shares fell in early trading"],
    ["PORT ALDWIN, Norland — the council voted on Tuesday.", "The council voted on Tuesday"],
  ])("strips the dateline of %j", (lede, headline) => {
    expect(deriveHeadline(lede)).toBe(headline);
  });

  it("cuts a long lede before a trailing clause, and leaves out the day", () => {
    const lede =
      "The town council of Port Aldwin voted on Tuesday to rebuild the wooden ferry pier, which has carried fishing crews across the estuary for more than a century.";
    expect(deriveHeadline(lede)).toBe(
      "The town council of Port Aldwin voted to rebuild the wooden ferry pier",
    );
  });

  it.each([
    [
      "On Tuesday, the harbour board raised mooring fees by 14 percent for the coming season.",
      "The harbour board raised mooring fees by 14 percent for the coming season",
    ],
    [
      "Granvik (Norland Wire) The ferry operator will add a night crossing from June, the company said.",
      "The ferry operator will add a night crossing from June",
    ],
    [
      "Fishing crews have landed their smallest herring catch in decades, according to the fisheries office.",
      "Fishing crews have landed their smallest herring catch in decades",
    ],
    // An aside between commas before the verb.
    [
      "Shares in Kestrel Power, a regional electricity producer, have risen 13% on their first day of trading in Port Selwyn, valuing the company at 2.4 billion.",
      "Shares in Kestrel Power have risen 13% on their first day of trading",
    ],
    [
      "In a statement released on Thursday, the Brannock Rovers football club said its manager, Tomasz Adeyemi, would leave at the end of the season after seven years in charge.",
      "The Brannock Rovers football club said its manager would leave at the end",
    ],
    // A span of time opening the sentence, and a season.
    [
      "Two years after the floods that destroyed much of its high street, the market town of Sallowmere has reopened its last shuttered shop, a bakery run by one family since 1921.",
      "The market town of Sallowmere has reopened its last shuttered shop",
    ],
    [
      "Volunteers counted 38 grey seal pups on the beaches of Greystone Bay this winter, the highest number since records began in the year 2009.",
      "Volunteers counted 38 grey seal pups on the beaches of Greystone Bay",
    ],
    // A short phrase the length would cut off unfinished goes whole; a number keeps its unit.
    [
      "For years, Kelso market traders have complained about reducing their dependence on a crowded car park beside the river and the old bus station.",
      "Kelso market traders have complained about reducing their dependence",
    ],
    [
      "Waiting times for hip operations at Westmarch General have fallen by a third since January, according to figures released by the county health board on Monday.",
      "Waiting times for hip operations at Westmarch General have fallen by a third",
    ],
    [
      "The Marlow water board will raise household water rates by 14 percent from July, its chairman told a public meeting in Dunmere on Tuesday evening.",
      "The Marlow water board will raise household water rates by 14 percent from July",
    ],
  ])("compresses %j to its main clause", (lede, headline) => {
    expect(deriveHeadline(lede)).toBe(headline);
  });

  it.each([
    // Adverbs in -ly go, as headlines leave them out.
    [
      "The Norland rail operator has quietly withdrawn its plan to close the Fenwick line.",
      "The Norland rail operator has withdrawn its plan to close the Fenwick line",
    ],
    [
      "Flood water rapidly spread through the lower streets of Sallowmere overnight.",
      "Flood water spread through the lower streets of Sallowmere overnight",
    ],
    // Not where they say how sure, how much or how bad, nor after a negation or before a number.
    [
      "A Granvik councillor allegedly took payments from a ferry contractor.",
      "A Granvik councillor allegedly took payments from a ferry contractor",
    ],
    [
      "Two fishermen were seriously injured when their trawler capsized near Greystone Bay.",
      "Two fishermen were seriously injured when their trawler capsized",
    ],
    [
      "The new Dunmere bridge is not fully open to lorries until the spring inspection.",
      "The new Dunmere bridge is not fully open to lorries until the spring inspection",
    ],
    [
      "The harbour board said ticket sales rose sharply 40 percent in the first month.",
      "The harbour board said ticket sales rose sharply 40 percent in the first month",
    ],
    [
      "A highly paid adviser left the Granvik council as quickly as she had joined it.",
      "A highly paid adviser left the Granvik council as quickly as she had joined it",
    ],
    // Words that only end in -ly stay.
    [
      "An elderly family from Kelso won the July regatta in a wooden dinghy.",
      "An elderly family from Kelso won the July regatta in a wooden dinghy",
    ],
  ])("drops the adverb of %j only where it adds nothing", (lede, headline) => {
    expect(deriveHeadline(lede)).toBe(headline);
  });

  it("never ends a cut headline on a bare number", () => {
    const lede =
      "The water board in the lake district is preparing to raise household water rates by 14 percent next year to pay for new pipes.";
    const headline = deriveHeadline(lede);
    expect(headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
    expect(headline).not.toMatch(/\d$/);
  });

  it("cuts a long lede at a whole word and drops dangling words", () => {
    const lede = `${endingAt("would go to the", MAX_DERIVED_HEADLINE - 2)} shipbuilding consortium that repaired the bridge.`;
    const headline = deriveHeadline(lede);
    expect(headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
    expect(headline).toMatch(/would go$/);
  });

  // Bug: a spaced hyphen or en dash used as a dash is a word of its own; the dangling-word
  // loop stops at it (it has no letters), then the trailing-punctuation strip removes it and
  // exposes "the". Lede: "... would go to the – shipbuilding consortium ..." with the cut
  // right after the dash. Expected "... would go", actual "... would go to the". Running the
  // dangling loop after stripping trailing punctuation (or treating " – " and " - " as
  // clause boundaries like " — ") fixes it.
  it("drops a dangling word left in front of a spaced en dash or hyphen", () => {
    for (const dash of ["–", "-"]) {
      const lede = `${endingAt(`would go to the ${dash}`, MAX_DERIVED_HEADLINE - 1)} shipbuilding consortium that repaired it.`;
      expect(deriveHeadline(lede)).not.toMatch(DANGLING);
    }
  });

  // Bug: capitalize() upper-cases the first character after the length cut, and some
  // characters grow: "ﬁ" -> "FI", "ß" -> "SS". A lede opening with "ﬁshermen" gives a
  // 91-character headline ("FIshermen ..."). Upper-casing only when the result keeps its
  // length (or capitalizing before cutting) fixes it.
  it("never exceeds 90 characters, whatever the first letter", () => {
    const lede =
      "ﬁshermen in the harbour district said on Tuesday that the long strike over wages would end soon for them and all";
    expect(deriveHeadline(lede).length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
  });

  const word = fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(/^[a-zà-öø-ÿ]{1,12}$/) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,10}$/) },
    {
      weight: 2,
      arbitrary: fc.constantFrom("the", "and", "of", "to", "a", "in", "for", "with", "by"),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom("—", "Mr.", "U.S.", "“quoted”", "said,", "town;", "42"),
    },
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((w) => w.join(" "));
  const dateline = fc.constantFrom("", "KYIV, Ukraine — ", "LONDON (Reuters) - ", "PORT ALDWIN — ");
  const lede = fc
    .tuple(dateline, fc.array(sentence, { minLength: 1, maxLength: 3 }))
    .map(([d, sentences]) => `${d}${sentences.map((s) => `${s}.`).join(" ")}`);

  it("is at most MAX_DERIVED_HEADLINE characters of the lede's own words, in order", () => {
    fc.assert(
      fc.property(lede, (text) => {
        const headline = deriveHeadline(text);
        expect(headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
        const dateline = datelineOf(text);
        const body = dateline ? text.slice(dateline.length).trim() : text;
        // Whole words of the lede, none made up, none cut, in the lede's order.
        const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        const source = words(body);
        let at = 0;
        for (const word of words(headline)) {
          while (at < source.length && source[at] !== word) at++;
          expect(at).toBeLessThan(source.length);
          at++;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never ends on a dangling word when it had to be cut", () => {
    const plain = fc
      .array(
        fc.oneof(fc.stringMatching(/^[a-z]{2,9}$/), fc.constantFrom("the", "and", "of", "to")),
        {
          minLength: 20,
          maxLength: 40,
        },
      )
      .map((w) => `${w.join(" ")}.`);
    fc.assert(
      fc.property(plain, (text) => {
        fc.pre(text.length > MAX_DERIVED_HEADLINE + 1);
        const headline = deriveHeadline(text);
        if (headline.split(" ").length > 3) expect(headline).not.toMatch(DANGLING);
        expect(headline).not.toMatch(/[\s,;:—–-]$/u);
      }),
      { numRuns: 300 },
    );
  });

  // The rest of each article keeps coming back to the words of its lede's main clause.
  it.each([
    {
      drops: "a leading attribution",
      lede: "Harbour pilots in the northern port of Aldwin said on Monday that the ferry company Brightwater will close its Kelsey crossing in March after a decade of losses on the route.",
      body: [
        "Brightwater has run the Kelsey crossing since 1998, and the ferry carried fewer passengers each year.",
        "The Kelsey ferry lost money in each of the last ten years, Brightwater's accounts show.",
        "Brightwater said the crossing would close for good; the Kelsey council wants another ferry.",
      ],
      alone: "Harbour pilots in the northern port of Aldwin said that the ferry company",
      headline: "The ferry company Brightwater will close its Kelsey crossing in March",
    },
    {
      drops: "an introductory clause",
      lede: "Despite a week of heavy rain across the valley and two burst pipes at the plant, the Millbrook water board kept every tap running through the storm.",
      body: [
        "The water board said the Millbrook plant ran on its reserve tanks.",
        "Millbrook residents were told to boil water as a precaution, the board said, though taps kept running.",
        "The board plans to replace the pipes at the Millbrook plant next year.",
      ],
      alone: "Despite a week of heavy rain across the valley and two burst pipes at the plant",
      headline: "The Millbrook water board kept every tap running through the storm",
    },
  ])("drops $drops when the rest of the article is about the main clause", (story) => {
    expect(deriveHeadline(story.lede)).toBe(story.alone);
    expect(deriveHeadline(story.lede, story.body)).toBe(story.headline);
  });

  it("keeps an introductory clause that holds the referent of the main clause's pronoun", () => {
    const lede =
      "When Hiroko Tanabe opened her bakery in a converted print shop nine years ago, her plan was modest: to sell bread that people would still be buying in 20 years.";
    const body = [
      "Her plan was to sell bread, and people keep buying it: the bakery sells more bread every year.",
      "The plan was modest, the bread plain; people would still be buying it, she said.",
    ];
    expect(deriveHeadline(lede, body)).toBe(deriveHeadline(lede));
  });

  it("keeps to the lede's words and ends well whatever the rest of the article says", () => {
    const bodyWord = fc.constantFrom("ferry", "Kelsey", "the", "route", "2019", "of", "said");
    const body = fc.array(
      fc.array(bodyWord, { minLength: 1, maxLength: 30 }).map((w) => w.join(" ")),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(lede, body, (text, rest) => {
        const headline = deriveHeadline(text, rest);
        expect(headline.length).toBeLessThanOrEqual(MAX_DERIVED_HEADLINE);
        const dateline = datelineOf(text);
        const source = (dateline ? text.slice(dateline.length) : text).toLowerCase();
        for (const word of headline.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
          expect(source).toContain(word);
        expect(deriveHeadline(text, rest)).toBe(headline);
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic and capitalized", () => {
    fc.assert(
      fc.property(lede, (text) => {
        const headline = deriveHeadline(text);
        expect(deriveHeadline(text)).toBe(headline);
        const first = headline[0] ?? "";
        expect(first).toBe(first.toUpperCase());
      }),
      { numRuns: 100 },
    );
  });
});

describe("deriveHeadline without articles", () => {
  const lede =
    "The city council approved the budget for a new harbour bridge over the river Aldwin after a long debate that lasted until the early hours of the morning.";

  it("drops the articles when the room they free lets in words the article keeps using", () => {
    const body = [
      "Traffic on the Aldwin has doubled since the old ferry closed.",
      "Boats on the Aldwin river will pass under the span.",
      "Aldwin river pilots welcomed the vote.",
      "The river Aldwin floods most winters, and the Aldwin crossing closed twice last year.",
    ];
    expect(deriveHeadline(lede, body)).toBe(
      "City council approved budget for new harbour bridge over river Aldwin",
    );
  });

  it("keeps them when the words they would let in are not the story's", () => {
    expect(deriveHeadline(lede, ["Nothing else was said.", "The meeting ended."])).toBe(
      "The city council approved the budget for a new harbour bridge",
    );
  });

  it("keeps them in a sentence that stands whole", () => {
    expect(
      deriveHeadline("The council approved the budget after a long debate.", [
        "The budget passed.",
      ]),
    ).toBe("The council approved the budget after a long debate");
  });
});
