import { compileTaxonomy, type LexiconEntry } from "../beat-lexicon.js";
import { loadDefaultTaxonomy } from "../load-data.js";
import { matchedEntries, tallyBeats } from "../score-beats.js";
import { splitZones } from "../zones.js";
import { DEFAULT_CORPUS, readCorpusOrExit, sourceFold } from "./corpus-articles.js";
import { numberOption, readScriptOptions } from "./script-options.js";

// Finds taxonomy terms that are common outside their beat: per term, the share of training
// articles of its own beat it occurs in against the share of articles of other beats.
// `npm run audit:lexicon [-- --corpus PATH] [--all] [--top N] [--min-other RATE]`.
// Reads only the training outlets (folds 2-4): fold 0 is the held-out test, fold 1 validates.
const USAGE = "npm run audit:lexicon -- [--corpus PATH] [--all] [--top N] [--min-other RATE]";
const { values: opts } = readScriptOptions(USAGE, {
  corpus: { type: "string" },
  all: { type: "boolean" },
  top: { type: "string" },
  "min-other": { type: "string" },
});
const corpusPath = opts.corpus ?? DEFAULT_CORPUS;
// One-word terms by default: those are the ones a phrase would make specific.
const allTerms = opts.all === true;
const top = numberOption(opts.top, "top", 60, USAGE);
const minOther = numberOption(opts["min-other"], "min-other", 0.01, USAGE);

const taxonomy = loadDefaultTaxonomy();
const lexicon = compileTaxonomy(taxonomy);
const topOf = lexicon.beats.map((b) => b.parent ?? b.id);

const corpus = await readCorpusOrExit(corpusPath);

const articlesOf = new Map<string, number>();
/** taxonomy term (all its inflections) -> beat -> articles of that beat it occurs in. */
const seen = new Map<string, Map<string, number>>();
const entryOf = new Map<string, LexiconEntry>();
for (const c of corpus) {
  if (c.beat === null || sourceFold(c.source) < 2) continue;
  articlesOf.set(c.beat, (articlesOf.get(c.beat) ?? 0) + 1);
  const terms = new Set<string>();
  for (const entry of matchedEntries(tallyBeats(splitZones(c.article), lexicon))) {
    if (!allTerms && entry.size > 1) continue;
    // A frame's own terms count for no beat.
    if (!entry.beatList.some((b) => b < lexicon.beats.length)) continue;
    terms.add(entry.term);
    entryOf.set(entry.term, entry);
  }
  for (const term of terms) {
    const perBeat = seen.get(term) ?? new Map<string, number>();
    seen.set(term, perBeat);
    perBeat.set(c.beat, (perBeat.get(c.beat) ?? 0) + 1);
  }
}
const total = [...articlesOf.values()].reduce((a, b) => a + b, 0);
console.log(
  `${total} training articles: ${[...articlesOf].map(([b, n]) => `${b} ${n}`).join(", ")}`,
);

const rows = [...seen].flatMap(([term, perBeat]) => {
  const entry = entryOf.get(term) as LexiconEntry;
  // A term counts for its beat and that beat's ancestors; its own beat is the top-level one.
  const own = new Set(
    entry.beatList.filter((b) => b < topOf.length).map((b) => topOf[b] as string),
  );
  let ownHits = 0;
  let ownN = 0;
  for (const b of own) {
    ownHits += perBeat.get(b) ?? 0;
    ownN += articlesOf.get(b) ?? 0;
  }
  const otherHits = [...perBeat].reduce((s, [b, n]) => (own.has(b) ? s : s + n), 0);
  const ownRate = ownN > 0 ? ownHits / ownN : 0;
  const otherRate = otherHits / Math.max(1, total - ownN);
  const worstOther = [...perBeat]
    .filter(([b]) => !own.has(b))
    .map(([b, n]) => [b, n / (articlesOf.get(b) ?? 1)] as const)
    .sort((a, b) => b[1] - a[1])[0];
  return [
    {
      entry,
      weight: Math.max(...entry.weightList),
      own: [...own].join("+"),
      ownRate,
      otherRate,
      otherHits,
      worstOther,
    },
  ];
});
rows.sort((a, b) => b.otherRate - a.otherRate);
const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;
console.log(`\nterms in at least ${pct(minOther)} of other beats' articles, worst first`);
console.log("other    own  own/oth  weight  term                      beat (worst other beat)");
for (const r of rows.filter((r) => r.otherRate >= minOther).slice(0, top)) {
  const ratio = r.otherRate > 0 ? r.ownRate / r.otherRate : Infinity;
  const term = `${r.entry.term}${r.entry.caseRules.some((c) => c > 0) ? " (cased)" : ""}`;
  const worst = r.worstOther ? `(${r.worstOther[0]} ${pct(r.worstOther[1]).trim()})` : "";
  console.log(
    `${pct(r.otherRate)} ${pct(r.ownRate)} ${ratio.toFixed(1).padStart(7)}  ${String(r.weight).padStart(6)}  ${term.padEnd(25)} ${r.own} ${worst}`,
  );
}
