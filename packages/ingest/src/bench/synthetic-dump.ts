import { DEFAULT_MAX_BYTES } from "@newsdesk/parser";

/**
 * Synthetic dumps (NDJSON and plain text) for the crash test and the benchmark: every article
 * distinct, written from the project's own template sentences so the classifier does real work
 * on each.
 */

const PLACES = [
  ["Lisbon", "Portugal"],
  ["Nairobi", "Kenya"],
  ["Osaka", "Japan"],
  ["Lima", "Peru"],
  ["Amman", "Jordan"],
  ["Warsaw", "Poland"],
  ["Accra", "Ghana"],
  ["Toronto", "Canada"],
  ["Jakarta", "Indonesia"],
  ["Cairo", "Egypt"],
  ["Kyiv", "Ukraine"],
  ["Santiago", "Chile"],
] as const;

const PEOPLE = [
  "Ada Okafor",
  "Mateus Ferreira",
  "Hana Sato",
  "Lucia Ramos",
  "Omar Haddad",
  "Piotr Nowak",
];

const TOPICS = [
  {
    headline: "Parliament in {country} Passes Budget After Late-Night Vote",
    sentences: [
      "Lawmakers in {city} approved the budget by a narrow margin after a debate that ran past midnight.",
      "The opposition said the spending plan ignored rural voters, while the governing coalition called it responsible.",
      "{person}, the finance minister, told reporters that the deficit would fall to {n} percent next year.",
      "The vote followed weeks of negotiation between coalition partners over pensions and defence spending.",
    ],
  },
  {
    headline: "Floods Force Thousands From Their Homes Near {city}",
    sentences: [
      "Heavy rain swelled rivers around {city}, and emergency crews evacuated {n} hundred families overnight.",
      "The national weather service warned that more storms were expected before the weekend.",
      "{person}, who runs a shelter in a school gymnasium, said volunteers had worked through the night.",
      "Officials in {country} said roads and a railway bridge had been damaged by the water.",
    ],
  },
  {
    headline: "{city} Club Wins Cup Final in Penalty Shootout",
    sentences: [
      "The home side in {city} won the cup final on penalties after a goalless draw in front of {n} thousand fans.",
      "Their goalkeeper saved two spot kicks, and the captain scored the winner in the final round.",
      "{person}, the coach, said the victory belonged to supporters who had waited years for a trophy.",
      "The league season in {country} resumes next week with the champions away from home.",
    ],
  },
  {
    headline: "Central Bank of {country} Raises Interest Rates Again",
    sentences: [
      "The central bank raised its benchmark rate by {n} basis points, citing stubborn inflation in food prices.",
      "Markets in {city} fell slightly after the announcement, and the currency strengthened.",
      "{person}, an economist at a local university, said borrowers would feel the increase within months.",
      "Business groups warned that higher borrowing costs would slow investment in factories and housing.",
    ],
  },
  {
    headline: "Hospital Strike Spreads Across {country}",
    sentences: [
      "Nurses at {n} hospitals walked out over pay and staffing, the union said on Monday.",
      "Patients in {city} reported cancelled appointments, though emergency wards stayed open.",
      "{person}, a union representative, said talks with the health ministry had broken down.",
      "The government said it would present a new offer before the end of the month.",
    ],
  },
  {
    headline: "Researchers in {city} Unveil Cheaper Solar Panel Design",
    sentences: [
      "Scientists at a university in {city} said their new panel converts sunlight {n} percent more efficiently.",
      "The design uses fewer rare materials, which could lower costs for households in {country}.",
      "{person}, who led the laboratory team, said a pilot factory could open within two years.",
      "Energy analysts cautioned that similar claims had often failed to survive mass production.",
    ],
  },
];

function fill(template: string, serial: number): string {
  const place = PLACES[serial % PLACES.length] as readonly [string, string];
  const person = PEOPLE[Math.floor(serial / PLACES.length) % PEOPLE.length] as string;
  return template
    .replaceAll("{city}", place[0])
    .replaceAll("{country}", place[1])
    .replaceAll("{person}", person)
    .replaceAll("{n}", String((serial % 89) + 2));
}

/** One synthetic article object (`title`, `summary`, `byline`, `body`), distinct for each serial. */
export function syntheticArticle(serial: number, paragraphs = 6) {
  const topic = TOPICS[serial % TOPICS.length] as (typeof TOPICS)[number];
  const body: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const first = topic.sentences[p % topic.sentences.length] as string;
    const second = topic.sentences[(p + 1) % topic.sentences.length] as string;
    body.push(`${fill(first, serial + p)} ${fill(second, serial)}`);
  }
  // The serial makes each article's content (and so its content hash) unique.
  body.push(`This is report number ${serial} in the series.`);
  return {
    title: `${fill(topic.headline, serial)} (No. ${serial})`,
    summary: fill(topic.sentences[0] as string, serial),
    byline: `By ${PEOPLE[serial % PEOPLE.length]}`,
    body: body.join("\n\n"),
  };
}

/** An NDJSON dump of `count` distinct articles, starting at serial `from`. */
export function syntheticDump(
  count: number,
  options: { from?: number; paragraphs?: number } = {},
): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(JSON.stringify(syntheticArticle((options.from ?? 0) + i, options.paragraphs)));
  }
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

/**
 * A plain-text dump of `count` distinct articles, as a newsroom export pastes them: headline,
 * byline, dek and paragraphs, with a separator line between articles.
 */
export function syntheticTextDump(
  count: number,
  options: { from?: number; paragraphs?: number } = {},
): Uint8Array {
  const blocks: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = syntheticArticle((options.from ?? 0) + i, options.paragraphs);
    blocks.push([article.title, article.byline, article.summary, article.body].join("\n\n"));
  }
  return new TextEncoder().encode(`${blocks.join("\n\n* * *\n\n")}\n`);
}

export type SyntheticFormat = "ndjson" | "text";

/** Bytes per dump the benchmark aims under: half the parser's limit, whatever the format. */
export const DUMP_BYTES_BUDGET = Math.floor(DEFAULT_MAX_BYTES / 2);

/**
 * `articles` distinct articles cut into dumps of at most `perDump` articles, and fewer when a
 * dump would pass `DUMP_BYTES_BUDGET`: every dump stays under the parser's input limit.
 */
export function syntheticDumps(
  format: SyntheticFormat,
  articles: number,
  options: { perDump: number; from?: number; paragraphs?: number },
): Uint8Array[] {
  const make = format === "ndjson" ? syntheticDump : syntheticTextDump;
  const from = options.from ?? 0;
  // The size of one article in this format, measured, bounds how many fit a dump.
  const sample = make(100, { from, paragraphs: options.paragraphs }).byteLength / 100;
  const perDump = Math.max(
    1,
    Math.min(options.perDump, Math.floor((DUMP_BYTES_BUDGET / sample) * 0.9)),
  );
  const dumps: Uint8Array[] = [];
  for (let start = 0; start < articles; start += perDump) {
    const dump = make(Math.min(perDump, articles - start), {
      from: from + start,
      paragraphs: options.paragraphs,
    });
    if (dump.byteLength > DUMP_BYTES_BUDGET) {
      throw new Error(`a ${format} dump of ${perDump} articles is ${dump.byteLength} bytes`);
    }
    dumps.push(dump);
  }
  return dumps;
}
