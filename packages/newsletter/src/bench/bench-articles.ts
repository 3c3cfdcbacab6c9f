import { standInEvidence } from "../test-support/stand-in-evidence.js";
import type { EditionArticle } from "../types.js";

const REGIONS = ["africa", "americas", "asia-pacific", "europe", "middle-east"];
const BEATS = ["politics", "economy-business-finance", "environment", "sport", "health", "labour"];
const COUNTRIES = [
  "Arvenia",
  "Belmora",
  "Corvath",
  "Dunmere",
  "Elskar",
  "Faroth",
  "Galdor",
  "Hestia",
  "Istra",
  "Jorvik",
  "Kessel",
  "Lunmark",
];
/** Wire items written from one template per subject, country by country. */
const TEMPLATES = [
  (c: string, n: number) => ({
    headline: `Central Bank of ${c} Holds Interest Rates at ${n} Percent`,
    lede: `The central bank of ${c} held its benchmark interest rate at ${n} percent, citing inflation that remains above target, and said it would watch wage growth closely before its next meeting.`,
  }),
  (c: string, n: number) => ({
    headline: `Floods Force ${n} Hundred Families From Their Homes in ${c}`,
    lede: `Heavy rain swelled rivers across ${c}, and emergency crews evacuated ${n} hundred families overnight as the weather service warned that more storms were expected before the weekend.`,
  }),
  (c: string, n: number) => ({
    headline: `Court in ${c} Jails Former Minister for ${n} Years`,
    lede: `A court in ${c} sentenced a former minister to ${n} years in prison for taking bribes from construction firms, and his lawyers said they would appeal the verdict.`,
  }),
  (c: string, n: number) => ({
    headline: `${c} Side Wins Cup Final ${n}-1 After Extra Time`,
    lede: `The home side won the cup final in ${c} by ${n} goals to one after extra time in front of a sold-out stadium, ending a wait of years for a trophy.`,
  }),
];

/** A seeded linear congruential generator: the same articles on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

const SYLLABLES = "ka ri to ma ne lo su vi de ra po li an er os un el ta mo ke".split(" ");

/** A made-up word for rank `rank` of the vocabulary (the same rank, the same word). */
function word(rank: number): string {
  let out = "";
  let n = rank + SYLLABLES.length;
  while (n > 0) {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return out;
}

/**
 * `count` articles published over the 24 hours before `now`, shaped like a busy wire day:
 * most stories told once, in words drawn from a Zipf-shaped vocabulary with names of their
 * own; about one in six retold by 2-5 reports sharing those names; one in five written from
 * four templates across twelve countries (rates, floods, courts, football). Made up, fictional.
 */
export function benchArticles(count: number, now: Date): EditionArticle[] {
  const next = random(count);
  const vocabulary = 40_000;
  // Zipf-like: rank = vocabulary ^ u - 1 gives common words often and rare ones seldom.
  const common = () => word(Math.floor(vocabulary ** next() - 1));
  const articles: EditionArticle[] = [];
  const push = (headline: string, lede: string) => {
    const id = articles.length + 1;
    articles.push({
      id,
      headline,
      dek: null,
      paragraphs: [lede, `${Array.from({ length: 40 }, common).join(" ")}.`],
      contributors: [],
      wordCount: 300 + Math.floor(next() * 900),
      publishedAt: new Date(now.getTime() - Math.floor(next() * 86_000_000)),
      beats: [{ id: BEATS[id % BEATS.length] as string, score: 0.5 + next() / 2 }],
      regions: [{ id: REGIONS[id % REGIONS.length] as string, score: 0.5 + next() / 2 }],
      // From the text, not from `next()`, so the articles stay the ones measured before; the
      // headline's last two words stand for places.
      evidence: standInEvidence(lede, headline.split(" ").slice(-2)),
    });
  };
  let story = 0;
  while (articles.length < count) {
    const roll = next();
    if (roll < 0.2) {
      const template = TEMPLATES[Math.floor(next() * TEMPLATES.length)] as (typeof TEMPLATES)[0];
      const country = COUNTRIES[Math.floor(next() * COUNTRIES.length)] as string;
      const { headline, lede } = template(country, 2 + Math.floor(next() * 9));
      push(headline, lede);
      continue;
    }
    story++;
    const names = [0, 1, 2, 3].map((k) => `${word(vocabulary + story * 4 + k)}`);
    const words = Array.from({ length: 30 }, common);
    const reports = roll < 0.35 ? 2 + Math.floor(next() * 4) : 1;
    for (let r = 0; r < reports && articles.length < count; r++) {
      const shuffled = words.filter(() => next() > 0.2);
      const headline = `${names[0]} ${shuffled.slice(0, 5).join(" ")} ${names[1]}`;
      push(headline, `${names.join(" ")} ${shuffled.join(" ")} ${names[2]} ${names[3]}.`);
    }
  }
  return articles;
}
