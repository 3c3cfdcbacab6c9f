import { describe, expect, it } from "vitest";
import { createClassifier } from "./create-classifier.js";
import type { ClassifiableArticle } from "./types.js";

const classifier = createClassifier();
const article = (headline: string, ...paragraphs: string[]): ClassifiableArticle => ({
  headline,
  dek: null,
  paragraphs,
  contributors: [],
});
const region = (a: ClassifiableArticle) => classifier.classify(a).regions[0]?.id;
const placeNames = (a: ClassifiableArticle) => classifier.classify(a).places.map((p) => p.name);

describe("createClassifier", () => {
  // Cold start is measured by `npm run bench`: a test never asserts on wall time.
  it("loads its data once and can be created again", () => {
    const again = createClassifier();
    expect(again.taxonomy.beats.length).toBe(classifier.taxonomy.beats.length);
    // Loading takes seconds of wall time on a busy machine.
  }, 60_000);

  it("returns beats and regions best first with scores in [0, 1], deterministically", () => {
    const a = article(
      "Ceasefire talks resume as shelling continues near Kharkiv",
      "KYIV, Ukraine — Ukrainian and Russian negotiators met again on Tuesday to discuss a ceasefire, while artillery shelling and drone strikes went on along the front line.",
      "The foreign minister said the talks were difficult. Troops reported heavy fighting.",
    );
    const r = classifier.classify(a);
    for (const list of [r.beats, r.regions]) {
      for (const l of list) expect(l.score).toBeGreaterThanOrEqual(0);
      for (const l of list) expect(l.score).toBeLessThanOrEqual(1);
      expect([...list].sort((x, y) => y.score - x.score)).toEqual(list);
    }
    expect(r.beats[0]?.id).toBe("conflict-war-peace");
    expect(r.beats.map((b) => b.id)).toContain("conflict-war-peace/armed-conflict");
    expect(r.regions[0]?.id).toBe("europe");
    expect(classifier.classify(a)).toEqual(r);
  });

  it("explains each beat and region with its evidence", () => {
    const e = classifier.explain(
      article(
        "Pope in hospital with pneumonia",
        "The Vatican said the pope was being treated in hospital for pneumonia and asked the faithful for prayers.",
      ),
    );
    expect(
      e.beats
        .slice(0, 2)
        .map((b) => b.id)
        .sort(),
    ).toEqual(["health", "religion"]);
    expect(e.beatEvidence.find((b) => b.id === "health")?.terms.map((t) => t.term)).toContain(
      "pneumonia",
    );
    expect(e.regionEvidence[0]?.places[0]).toMatchObject({ countryCode: "VA" });
  });
});

describe("beats a desk would give", () => {
  const beats = (a: ClassifiableArticle) => classifier.classify(a).beats.map((b) => b.id);

  it("files a company's court case under business first, crime second", () => {
    const b = beats(
      article(
        "Retail chain Northwind fights shareholder lawsuit over accounting",
        "Shares of Northwind Retail fell 6 percent on Wednesday after a judge allowed a shareholder lawsuit over the company's accounting to go to trial.",
        "Investors say the retailer overstated its quarterly profits and misled analysts about sales. The company's chief executive said Northwind would fight the lawsuit in court.",
        "Analysts said the case could weigh on the stock and on the company's plans to raise capital from banks this year.",
      ),
    );
    expect(b[0]).toBe("economy-business-finance");
  });

  it("files a video game review under technology or arts, never sport", () => {
    const b = beats(
      article(
        "Review: Starfall Tactics is the strategy game of the year",
        "Starfall Tactics, the new strategy video game from the studio Lantern Works, is out on consoles and PC this week, and players will lose whole weekends to it.",
        "The game's graphics are sharp, the soundtrack is haunting, and its online multiplayer mode ran smoothly in our tests. Gamers who liked the studio's earlier titles will feel at home.",
      ),
    );
    expect(["science-technology", "arts-culture-entertainment"]).toContain(b[0]);
    expect(b).not.toContain("sport");
  });

  it("does not take a city's metro opening for sport", () => {
    const b = beats(
      article(
        "City opens its first metro line",
        "The city opened its first metro line on Monday, with trains running every four minutes between the airport and the central station.",
        "Officials said the opening drew thousands of riders, and the mayor cut a ribbon at the first stop. Transport planners expect the line to cut traffic on the ring road.",
      ),
    );
    expect(b).not.toContain("sport");
  });

  it("lists a second beat only when it is really there, with calibrated probabilities", () => {
    const r = classifier.classify(
      article(
        "Ceasefire talks resume as shelling continues near Kharkiv",
        "Artillery shelling and drone strikes went on along the front line on Tuesday.",
      ),
    );
    const top = r.beats.filter((b) => !b.id.includes("/"));
    expect(top.reduce((s, b) => s + b.score, 0)).toBeLessThanOrEqual(1.0001);
    // The combiner's threshold, chosen on the calibration outlets.
    for (const b of top.slice(1)) expect(b.score).toBeGreaterThanOrEqual(0.3);
  });

  it("gives the words and places that decided the primary beat and region", () => {
    const r = classifier.classify(
      article(
        "Central bank raises interest rates as inflation climbs",
        "LAGOS, Nigeria — Nigeria's central bank raised its benchmark interest rate on Tuesday to fight inflation, which has climbed for nine months as the naira weakened.",
        "Economists said higher borrowing costs would weigh on growth, and bank shares fell on the Lagos stock exchange.",
      ),
    );
    expect(r.beats[0]?.id).toBe("economy-business-finance");
    expect(r.evidence.beat.length).toBeGreaterThan(0);
    expect(r.evidence.beat.length).toBeLessThanOrEqual(4);
    expect(r.evidence.beat.some((t) => /bank|inflation|interest|rate/.test(t))).toBe(true);
    expect(r.evidence.region).toContain("Lagos");
  });
});

describe("regions", () => {
  it("maps countries to news-desk regions per docs/json-contract.md", () => {
    expect(region(article("Talks in Cairo", "Officials met in Egypt on Monday."))).toBe(
      "middle-east",
    );
    expect(region(article("Vote in Morocco", "Morocco held a vote."))).toBe("africa");
    expect(region(article("Ankara decides", "Turkey raised rates."))).toBe("europe");
    expect(region(article("Moscow decides", "Russia raised rates."))).toBe("europe");
    expect(region(article("Canberra decides", "Australia raised rates."))).toBe("asia-pacific");
    expect(region(article("Ottawa decides", "Canada raised rates."))).toBe("americas");
  });

  it("takes American for the United States, not a territory sharing the demonym", () => {
    const a = article(
      "An American novelist returns home",
      "The American writer spoke about her new book at a festival on Saturday.",
    );
    expect(placeNames(a)).not.toContain("Northern Mariana Islands");
    expect(region(a)).toBe("americas");
  });

  it("places a Pacific territory in the Pacific, not in its sovereign's list of states", () => {
    const a = article(
      "Typhoon closes Guam's airport",
      "Flights to Guam and Saipan were cancelled on Tuesday as the typhoon neared the island.",
    );
    expect(region(a)).toBe("asia-pacific");
  });

  it("reads demonyms, possessives and U.S./U.K., but U.N. is no place", () => {
    expect(
      placeNames(article("Ukrainian drones hit depot", "The drones struck overnight.")),
    ).toEqual(["Ukraine"]);
    expect(
      placeNames(article("Sanctions bite", "Russia’s economy slowed and Russia's exports fell.")),
    ).toEqual(["Russia"]);
    const r = classifier.classify(
      article("Envoys meet", "The U.S. and the U.K. spoke at the U.N. in New York."),
    );
    expect(r.places.map((p) => p.countryCode).sort()).toEqual(["GB", "US", "US"]);
  });

  it("takes institutions and non-city places for their country", () => {
    expect(region(article("The Kremlin replies", "The Kremlin said it would respond."))).toBe(
      "europe",
    );
    expect(region(article("Strikes in Darfur", "Fighting spread across Darfur."))).toBe("africa");
    expect(
      region(article("Aid reaches Gaza", "Trucks entered the Gaza Strip and the West Bank.")),
    ).toBe("middle-east");
    expect(
      region(article("Hezbollah warns", "Hezbollah said the strikes would not go unanswered.")),
    ).toBe("middle-east");
  });

  it("tells Georgia the country from Georgia the state by context", () => {
    expect(
      region(
        article(
          "Protests in Georgia",
          "Crowds filled the streets of Tbilisi as Georgia’s parliament met.",
        ),
      ),
    ).toBe("europe");
    expect(
      region(
        article(
          "Georgia peach growers count frost losses",
          "Farmers across Georgia said the late frost hurt the crop, from Atlanta to the Alabama line.",
        ),
      ),
    ).toBe("americas");
  });

  it("does not take people for places (Michael Jordan, Chad Smith)", () => {
    const r = classifier.classify(
      article(
        "A night to remember",
        "Michael Jordan watched from courtside as Jordan Poole scored 30 points in Chicago.",
      ),
    );
    expect(r.places.map((p) => p.countryCode)).not.toContain("JO");
    expect(r.regions[0]?.id).toBe("americas");
    expect(
      placeNames(article("Chad reports", "Chad said the vote would go ahead in N’Djamena.")),
    ).toContain("Chad");
  });

  it("takes a city before its possessive even when a name follows, and English city names", () => {
    expect(placeNames(article("Rents", "Rents rose in Tokyo’s Nerima ward."))).toContain("Tokyo");
    for (const city of ["Basra", "Cologne", "Galway", "Marrakech"]) {
      expect(placeNames(article("Heat", `Power failed across ${city} on Monday.`))).toContain(city);
    }
  });

  it("resolves Paris, Nice and Reading from context and population", () => {
    expect(
      region(article("Louvre reopens", "Visitors returned to museums in Paris on Monday.")),
    ).toBe("europe");
    expect(
      region(
        article(
          "Paris, Texas, votes on water",
          "Voters in Paris, Texas, approved a bond for the water plant, the first in Lamar County.",
        ),
      ),
    ).toBe("americas");
    expect(
      placeNames(article("A nice surprise", "Nice weather helped. Reading the report took hours.")),
    ).toEqual([]);
    expect(
      region(
        article(
          "Promenade closed in Nice",
          "Police closed the seafront in Nice, France, after the storm.",
        ),
      ),
    ).toBe("europe");
  });

  it("weighs the dateline and the contributor line", () => {
    const r = classifier.explain(
      article(
        "Talks resume",
        "NAIROBI, Kenya — Delegates met again.",
        "Jane Roe contributed reporting from Nairobi.",
      ),
    );
    expect(r.dateline).toContain("NAIROBI");
    expect(r.regions[0]?.id).toBe("africa");
  });

  it("keeps purely American stories in the Americas and American diplomacy abroad abroad", () => {
    expect(
      region(
        article(
          "Senate passes bill",
          "The U.S. Senate in Washington passed the bill; the White House welcomed it.",
        ),
      ),
    ).toBe("americas");
    expect(
      region(
        article(
          "U.S. envoy in Kyiv",
          "The American envoy met Ukrainian officials in Kyiv to discuss Ukraine’s defences against Russia.",
        ),
      ),
    ).toBe("europe");
  });
});

describe("people", () => {
  it("finds full names and counts later Mr./Ms. references toward them", () => {
    const r = classifier.classify(
      article(
        "Talks",
        "Secretary of State Marco Rubio met Amina Diallo, the trade minister, in Dakar.",
        "Mr. Rubio said progress was made. Ms. Diallo agreed. Mr. Rubio later left.",
      ),
    );
    expect(r.people).toEqual(["Marco Rubio", "Amina Diallo"]);
  });

  it("leaves out contributors and places", () => {
    const r = classifier.classify({
      headline: "Quiet day",
      dek: null,
      paragraphs: [
        "Maria Lopez said the market in Mexico City was calm.",
        "John Smith contributed reporting.",
      ],
      contributors: ["John Smith"],
    });
    expect(r.people).toEqual(["Maria Lopez"]);
  });

  it("finds names no given-name list holds where the sentence says a person is named", () => {
    const r = classifier.classify(
      article(
        "Market day",
        "Tsegaye Wolde, 61, sells coffee in the old market. Prices have doubled, said Nkechi Obiora.",
        "Ardit Hoxha, who runs the stall beside it, agreed. Ruwani Perera said little.",
      ),
    );
    expect(r.people).toEqual(
      expect.arrayContaining(["Tsegaye Wolde", "Nkechi Obiora", "Ardit Hoxha", "Ruwani Perera"]),
    );
  });

  it("reads a name after a title inside a run, and a hyphenated given name", () => {
    const r = classifier.classify(
      article(
        "Talks",
        "Fisheries Minister Oyelaran Bakare met farmers on Monday.",
        "The talks went well, said Choi Min-ji.",
      ),
    );
    expect(r.people).toEqual(expect.arrayContaining(["Oyelaran Bakare", "Choi Min-ji"]));
    expect(r.people).not.toContain("Fisheries Minister Oyelaran Bakare");
  });

  it("does not take an organization that speaks for a person", () => {
    const r = classifier.classify(
      article("Storm", "The Highland Council said roads were closed.", "Quiet otherwise."),
    );
    expect(r.people).toEqual([]);
  });
});
