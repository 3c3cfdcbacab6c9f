import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDump } from "./parse-dump.js";
import { type ComposeOptions, composeDump } from "./test-support/compose-dump.js";
import { type FixtureArticle, loadFixtureArticles } from "./test-support/fixture-articles.js";
import { actualForTruth, expectedFromTruth, type TruthFile } from "./test-support/truth.js";

const SAMPLES_DIR = new URL("../../../samples/", import.meta.url);

/** The demo dumps in samples/, each composed from fixture articles in its own layout. */
const SAMPLES: {
  file: string;
  about: string;
  ids: string[];
  options: ComposeOptions | "ndjson";
}[] = [
  {
    file: "world-desk.txt",
    about: "One paragraph per line with CRLF line ends; half the articles pasted without headline.",
    ids: [
      "europe-ukraine-peacekeeping-a",
      "europe-ukraine-peacekeeping-b",
      "middle-east-egypt-bread-subsidy",
      "africa-sahel-ceasefire-talks-a",
      "asia-pacific-luzon-typhoon-rescue-a",
      "americas-paris-texas-water-vote",
      "europe-georgia-tbilisi-protests",
    ],
    options: {
      layout: "lines",
      headlessRate: 0.5,
      duplicateHeadlineRate: 0.3,
      eol: "\r\n",
      wrapWidth: 0,
      seed: 7,
    },
  },
  {
    file: "business-wrapped.txt",
    about: "Hard-wrapped at 72 columns, paragraphs separated by blank lines.",
    ids: [
      "europe-turkey-rate-hold",
      "africa-ghana-cocoa-price-a",
      "africa-ghana-cocoa-smuggling-b",
      "asia-pacific-korea-chip-exports",
      "americas-chile-lithium-strike-a",
      "europe-dutch-chip-exports-a",
    ],
    options: {
      layout: "wrapped",
      headlessRate: 0.5,
      duplicateHeadlineRate: 0,
      eol: "\n",
      wrapWidth: 72,
      seed: 11,
    },
  },
  {
    file: "culture-and-sport.ndjson",
    about: "NDJSON: one article object per line, as a CMS export writes it.",
    ids: [
      "europe-berlin-film-festival-opener",
      "asia-pacific-tokyo-anime-box-office",
      "africa-kenya-eldoret-marathon",
      "europe-reading-late-winner",
      "middle-east-dubai-basketball-trey-jordan",
    ],
    options: "ndjson",
  },
];

function buildSample(articles: FixtureArticle[], options: ComposeOptions | "ndjson") {
  if (options !== "ndjson") return composeDump(articles, options);
  const text = articles
    .map((a) =>
      JSON.stringify({
        title: a.headline,
        summary: a.dek,
        byline: a.byline?.replace(/^By /, "") ?? null,
        body: [
          a.dateline ? `${a.dateline} ${a.paragraphs[0]}` : a.paragraphs[0],
          ...a.paragraphs.slice(1),
          a.contributorLine,
        ]
          .filter(Boolean)
          .join("\n\n"),
      }),
    )
    .join("\n");
  const truth = articles.map((a, i) => ({
    id: a.id,
    startLine: i + 1,
    endLine: i + 1,
    headline: a.headline,
    dek: a.dek,
    contributors: a.contributors,
  }));
  return { text: `${text}\n`, truth };
}

describe("samples/", () => {
  const fixtures = new Map(loadFixtureArticles().map((a) => [a.id, a]));
  for (const sample of SAMPLES) {
    const articles = sample.ids.map((id) => fixtures.get(id) as FixtureArticle);
    const built = buildSample(articles, sample.options);
    const truth: TruthFile = {
      file: sample.file,
      about: `${sample.about} Written for Newsdesk from fixtures/articles; regenerate with UPDATE_SAMPLES=1 npm test.`,
      articles: built.truth.map((t, i) => ({
        startLine: t.startLine,
        endLine: t.endLine,
        headline: t.headline,
        headlineInDump: t.headline !== null,
        dek: t.dek,
        contributors: t.contributors,
        region: (articles[i] as FixtureArticle).region,
        beats: (articles[i] as FixtureArticle).beats,
      })),
    };
    const dumpUrl = new URL(sample.file, SAMPLES_DIR);
    const truthUrl = new URL(sample.file.replace(/\.[^.]+$/, ".truth.json"), SAMPLES_DIR);
    if (process.env.UPDATE_SAMPLES || !existsSync(dumpUrl)) {
      writeFileSync(dumpUrl, built.text);
      writeFileSync(truthUrl, `${JSON.stringify(truth, null, 2)}\n`);
    }

    it(`${sample.file} is what the fixtures compose to`, () => {
      expect(readFileSync(dumpUrl, "utf8")).toBe(built.text);
      expect(JSON.parse(readFileSync(truthUrl, "utf8"))).toEqual(truth);
    });

    it(`${sample.file} parses exactly as its truth file says`, () => {
      const result = parseDump(readFileSync(dumpUrl));
      expect(actualForTruth(result)).toEqual(expectedFromTruth(truth));
    });
  }
});
