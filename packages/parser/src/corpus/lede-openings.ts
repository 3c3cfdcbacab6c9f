import { FIGURE, PERFECT_VERB } from "../hard-news-cues.js";
import { lexicalFeatures } from "../lexical-features.js";
import { parseDump } from "../parse-dump.js";
import { paragraphFeatures } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, foldOf, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { headlessTruth } from "./headless-truth.js";
import { quoteAttribution } from "./quote-lede.js";

/**
 * `node dist-tools/corpus/lede-openings.js [fold] [stats]`: how a paragraph opens, as a lede and
 * inside a story. First, on the training outlets (every fold but 0 and `fold`), the share of
 * each opening among first, middle and last paragraphs (a corpus statistic, no text printed);
 * then, on `fold`, true headless starts found and missed by their lede's opening and the
 * length of the true story before them (one a line and briefs). Counts only.
 */

/** Scene-setting openings: a place or time clause, an adverbial, a description before the news. */
const SCENE_OPENING =
  /^(?:On|In|At|When|As|Inside|Outside|Along|Across|Under|Beneath|Behind|Before|After|For|Every|Each|Just|One)\b/;

const OPENINGS = [
  "quote, pronoun said",
  "quote, titled name",
  "quote, other",
  "continuation",
  "scene clause",
  "soft (no cue)",
  "hard cue",
] as const;
type Opening = (typeof OPENINGS)[number];

/** The class of a paragraph's opening, by the cues the parser reads of a would-be lede. */
function openingOf(text: string): Opening {
  const quote = quoteAttribution(text);
  if (quote === "pronoun") return "quote, pronoun said";
  if (quote === "titled") return "quote, titled name";
  if (quote === "other") return "quote, other";
  if (paragraphFeatures(text).continuationOpening) return "continuation";
  const lexical = lexicalFeatures(text);
  if (lexical.dayAnchor || lexical.hardNewsCues & (FIGURE | PERFECT_VERB)) return "hard cue";
  return SCENE_OPENING.test(text) ? "scene clause" : "soft (no cue)";
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function storyBin(length: number): string {
  return length <= 1 ? "1" : length <= 5 ? "2-5" : length <= 12 ? "6-12" : "13+";
}

function main(): void {
  const corpus = corpusOrExplain("lede openings", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);

  // Share of each opening among first, middle and last paragraphs (articles of three or more).
  const byPlace = {
    first: new Map<string, number>(),
    middle: new Map<string, number>(),
    last: new Map<string, number>(),
  };
  const totals = { first: 0, middle: 0, last: 0 };
  for (const article of corpus) {
    const f = foldOf(article.source);
    const n = article.paragraphs.length;
    if (f === 0 || f === fold || n < 3) continue;
    article.paragraphs.forEach((text, i) => {
      const place = i === 0 ? "first" : i === n - 1 ? "last" : "middle";
      bump(byPlace[place], openingOf(text));
      totals[place]++;
    });
  }
  const share = (place: keyof typeof totals, o: string) =>
    (byPlace[place].get(o) ?? 0) / totals[place];
  console.log(
    `training outlets: share of paragraphs by opening (first ${totals.first} / middle ${totals.middle} / last ${totals.last}), log of first over middle`,
  );
  for (const o of OPENINGS) {
    console.log(
      `  ${o.padEnd(22)} ${share("first", o).toFixed(4)} / ${share("middle", o).toFixed(4)} / ${share("last", o).toFixed(4)}  ${Math.log(share("first", o) / share("middle", o)).toFixed(2)}`,
    );
  }

  // "stats" as the second argument: the corpus statistic alone, which parses nothing.
  if (process.argv[3] === "stats") return;
  const articles = articlesOfFold(corpus, fold);
  for (const briefs of [false, true]) {
    const found = new Map<string, number>();
    const missed = new Map<string, number>();
    for (const dump of corpusDumps(articles, { layout: "lines", seed: 1, briefs })) {
      const lines = dump.text.split(/\r?\n/);
      const starts = new Set(parseDump(dump.text).articles.map((a) => a.startLine));
      for (const t of headlessTruth(dump.truth)) {
        const opening = openingOf(lines[t.startLine - 1] ?? "");
        const into = starts.has(t.startLine) ? found : missed;
        bump(into, opening);
        bump(into, `${opening} | after ${storyBin(t.storyBefore)}`);
        // A missed start with a start found one to three paragraphs under it, inside its story:
        // what a pull back onto the lede could reach.
        for (let k = 1; k <= 3 && !starts.has(t.startLine) && t.startLine + k < t.nextStart; k++)
          if (starts.has(t.startLine + k)) bump(missed, `${opening} | found +${k} under`);
      }
    }
    console.log(
      `\nfold ${fold}, ${briefs ? "briefs" : "lines"}: true headless starts by lede opening (found / missed)`,
    );
    const keys = [...new Set([...found.keys(), ...missed.keys()])].sort();
    for (const k of keys)
      console.log(`  ${k.padEnd(40)} ${found.get(k) ?? 0} / ${missed.get(k) ?? 0}`);
  }
}

main();
