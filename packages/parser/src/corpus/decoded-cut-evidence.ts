import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { KEY_IDF } from "../term-idf.js";
import { KEYS } from "../term-store.js";
import type { FeatureTable } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { trueStories } from "./true-stories.js";

/**
 * `node dist-tools/corpus/decoded-cut-evidence.js [fold]` (after `npm run tools`): the decoded
 * headless starts in plain prose (no title-like line at or above the cut, a paragraph of 12
 * words or more) on whole articles one a line, counted false / true by evidence the gap model
 * does not read: a list or a sequence going on, an open quotation above, the writer's voice, a
 * pronoun's attribution, a long story's return to its cast past the right window (idf-weighted
 * share of the names 4-15 paragraphs past the cut, not in the first three, that the article
 * before named), and the two pieces against the dump's own true median (not known at run
 * time). Counts only, never the corpus's text.
 */
function main(): void {
  const corpus = corpusOrExplain("decoded cut evidence", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const articles = articlesOfFold(corpus, fold);
  const counts = new Map<string, [number, number]>();
  const count = (label: string, truth: boolean) => {
    const pair = counts.get(label) ?? [0, 0];
    pair[truth ? 1 : 0]++;
    counts.set(label, pair);
  };
  for (const dump of corpusDumps(articles, { layout: "lines", seed: 1 })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const { table, spans } = segmentText(paragraphs);
    const stories = trueStories(paragraphs, dump.truth);
    const lengths = stories.map((s) => s.last - s.body + 1).sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1] ?? 0;
    spans.forEach((span, i) => {
      const c = span.first;
      if (i === 0 || span.start?.kind !== "gap" || span.reach === undefined) return;
      if (span.headline !== null || table.paragraphs[c - 1]?.headlineLike) return;
      const text = (paragraphs[c] as Paragraph).text.trim();
      if (text.split(/\s+/).length < 12) return;
      const truth = stories.some((s) => s.first === c);
      const above = (paragraphs[c - 1] as Paragraph).text.trim();
      const before = c - (spans[i - 1]?.first ?? 0);
      const nextStart = spans[i + 1]?.first ?? paragraphs.length;
      const after = nextStart - c;
      count("all", truth);
      const evidence: [string, boolean][] = [
        ["opens on an ordinal or sequence word", SEQUENCE.test(text)],
        [
          "numbered or bulleted, as the paragraph above",
          NUMBERED.test(text) && NUMBERED.test(above),
        ],
        ["'Label:' opening, as the paragraph above", LABEL.test(text) && LABEL.test(above)],
        ["paragraph above leaves a quotation open", quotationOpen(above)],
        ["paragraph above ends on a colon", /:\s*$/u.test(above)],
        ["paragraph above ending-like under 0.2", table.lexical(c - 1).endingLike < 0.2],
        [
          "pronoun attribution, no full name",
          PRONOUN_SAID.test(text) && !table.lexical(c).hasFullName,
        ],
        ["first person outside quotations", FIRST_PERSON.test(text.replace(QUOTED, ""))],
        ["article before 20 paragraphs or more", before >= 20],
      ];
      const far = farReturn(table, spans[i - 1]?.first ?? 0, c, nextStart);
      for (const bar of [0.1, 0.2, 0.3]) evidence.push([`far return ${bar} or more`, far >= bar]);
      evidence.push(["far return 0.2+, article before under 20", far >= 0.2 && before < 20]);
      evidence.push([
        "(true median) after under half, before under it",
        2 * after < median && before < median,
      ]);
      for (const [label, holds] of evidence) if (holds) count(label, truth);
    });
  }
  console.log(`decoded cuts in prose on fold ${fold}, one a line (false / true)`);
  for (const [label, [f, t]] of counts)
    console.log(`  ${String(f).padStart(5)} / ${String(t).padEnd(5)}  ${label}`);
}

const SEQUENCE =
  /^(second(ly)?|third(ly)?|fourth|fifth|finally|lastly|next|another|meanwhile|moreover|in addition|further(more)?)\b/iu;
const NUMBERED = /^(\d{1,2}[.)]|[•·*–—-])\s/u;
const LABEL = /^[A-Z][\w.'’ -]{0,30}:\s/u;
const PRONOUN_SAID =
  /\b(he|she|they) (said|says|added|continued|told|noted|wrote|explained)\b|\b(said|says|added) (he|she|they)\b/iu;
const FIRST_PERSON = /\b(I|I'm|I’m|I've|I’ve|my|we|our|us)\b/u;
const QUOTED = /["“][^"”]*["”]/gu;

function quotationOpen(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  return straight % 2 === 1 || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
}

/** Names of the article before (from `from` to the cut) that come back 4-15 paragraphs past it. */
function farReturn(table: FeatureTable, from: number, cut: number, end: number): number {
  const left = keysOf(table, from, cut - 1);
  const near = keysOf(table, cut, cut + 2);
  const far = keysOf(table, cut + 3, Math.min(cut + 15, end - 1));
  let hits = 0;
  let all = 0;
  for (const k of far) {
    if (near.has(k)) continue;
    const weight = KEY_IDF.get(k);
    all += weight;
    if (left.has(k)) hits += weight;
  }
  return all > 0 ? hits / all : 0;
}

function keysOf(table: FeatureTable, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = Math.max(0, from); i <= to; i++) {
    const lex = table.lexical(i);
    for (let k = lex.from(KEYS); k < lex.to(KEYS); k++) out.add(lex.terms[k] as number);
  }
  return out;
}

main();
