import { writeFileSync } from "node:fs";
import { ArticleSoFar } from "../article-so-far.js";
import type { ArticleSpan } from "../article-span.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { segmentText } from "../parse-text.js";
import { isSubhead } from "../subhead-rule.js";
import type { FeatureTable, ParagraphFeatures } from "../text-features.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { type Story, trueStories } from "./true-stories.js";

// A false start this many paragraphs from a missed true one is that start misplaced.
const NEAR = 2;

/**
 * `npm run false-start-classes -w @newsdesk/parser [-- fold [listing]]`: the false starts on
 * whole articles' dumps (cuts where no article starts) sorted into what the cut line or
 * paragraph is, by its shape and place: for a headed cut the title-like line (a question, a
 * list item, a quotation, a "read more"-type link, a caption with its credit, a label in
 * capitals, a short sentence, a subhead phrase), for a headless one where it falls (under a
 * title-like line, at a dateline, a short line, plain prose of a long or shorter story). The
 * same classes are counted for the true starts of the same shape. Counts only on stdout; a
 * listing (for reading by hand, outside the repository) when a path is given.
 */
function main(): void {
  const corpus = corpusOrExplain("false-start classes", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const listing = process.argv[3];
  const listed: string[] = [];
  const articles = articlesOfFold(corpus, fold);
  console.log(`false-start classes on fold ${fold}: ${articles.length} articles (false / true)`);
  for (const layout of CORPUS_LAYOUTS) {
    const counts = new Map<string, [number, number]>();
    for (const dump of corpusDumps(articles, { layout, seed: 1 })) {
      const paragraphs = groupParagraphs(splitLines(dump.text));
      const { table, spans } = segmentText(paragraphs);
      const stories = trueStories(paragraphs, dump.truth);
      const found = new Set(spans.map((s) => s.first));
      const missed = stories.filter((s) => !found.has(s.first)).map((s) => s.first);
      spans.forEach((span, i) => {
        if (i === 0) return;
        const truth = stories.some((s) => s.first === span.first);
        let cls = classOf(span, paragraphs, table, stories);
        const ruled = subheadRuled(span, spans[i - 1] as ArticleSpan, paragraphs, table);
        if (ruled !== null) cls += ruled ? " {subhead rule}" : " {not ruled}";
        const near = !truth && missed.some((m) => Math.abs(m - span.first) <= NEAR);
        for (const label of [cls, near ? `${cls} [misplaced]` : null]) {
          if (label === null) continue;
          const pair = counts.get(label) ?? [0, 0];
          pair[truth ? 1 : 0]++;
          counts.set(label, pair);
        }
        if (layout === "lines" && listing)
          listed.push(listingEntry(truth, near, cls, span, paragraphs, stories));
      });
    }
    console.log(`\n== ${layout}`);
    for (const [label, [f, t]] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      console.log(`  ${String(f).padStart(5)} / ${String(t).padEnd(5)}  ${label}`);
  }
  if (listing) writeFileSync(listing, listed.join("\n"));
}

const QUESTION = /\?["”’]?$/u;
const LIST_ITEM = /^(\d{1,2}[.):]|[•·*–—-])\s*/u;
const QUOTED = /^["“‘]|["”]$/u;
const LINK =
  /^(read|see|watch|listen|related|more|also|click|sign up|subscribe|follow|get|join|download|explore|recommended|trending|latest|top stories)\b/iu;
const CAPTION = /\)$|\b(photo|image|picture|credit|getty|reuters|ap|afp)\b/iu;
const SENTENCE = /[.!]["”’]?$/u;
const DATELINE =
  /^[A-Z][A-Za-z .'-]{1,30}(,\s*[A-Z][A-Za-z. ]{1,20})?\s*(\(.{1,20}\))?\s*[-—–:]\s/u;

function classOf(
  span: ArticleSpan,
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  stories: readonly Story[],
): string {
  const kind = span.start?.kind ?? "hard break";
  if (kind === "byline" || kind === "dateline" || kind === "hard break") return `rule: ${kind}`;
  if (span.headline !== null) {
    const line = (paragraphs[span.headline] as Paragraph).text.trim();
    const how = kind === "gap" ? "headed (decoded cut)" : `headed (${kind})`;
    const cls = lineClass(line, table.paragraphs[span.headline]?.allCaps ?? false);
    return `${how}: ${cls}${cls === "phrase with a colon" ? ` (echo ${echoBucket(line, paragraphs, span.headline)})` : ""}`;
  }
  const text = (paragraphs[span.first] as Paragraph).text.trim();
  const above = table.paragraphs[span.first - 1];
  const how = span.reach !== undefined ? "headless decoded" : "headless gap by gap";
  if (above?.headlineLike) return `${how}: under a title-like line`;
  if (table.paragraphs[span.first]?.dateline !== null || DATELINE.test(text))
    return `${how}: at a dateline`;
  if (text.split(/\s+/).length < 12) return `${how}: short line`;
  if (QUESTION.test(text)) return `${how}: question paragraph`;
  const story = stories.find((s) => s.first < span.first && span.first <= s.last);
  const length = story ? story.last - story.body + 1 : 0;
  return `${how}: prose, story ${length > 20 ? "over 20" : length > 10 ? "11-20" : "10 or fewer"}`;
}

/**
 * For a decoded cut at a title-like line or right under one: whether the hand-written subhead
 * rule, reading the article the cut would end (from the found start before it), calls the line
 * a subhead of that article.
 */
function subheadRuled(
  span: ArticleSpan,
  before: ArticleSpan,
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
): boolean | null {
  if (span.start?.kind !== "gap" || span.reach === undefined) return null;
  const features = table.paragraphs;
  const line = span.headline ?? (features[span.first - 1]?.headlineLike ? span.first - 1 : null);
  if (line === null) return null;
  let k = line + 1;
  while (k < features.length && features[k]?.kind !== "text") k++;
  if (k >= features.length) return null;
  const soFar = new ArticleSoFar(table);
  soFar.reset(before.first, line);
  return isSubhead(
    (paragraphs[line] as Paragraph).text,
    features[line] as ParagraphFeatures,
    features[k] as ParagraphFeatures,
    table.lexical(k),
    soFar,
  );
}

/** How much of the line's longer words come back in the three paragraphs under it. */
function echoBucket(line: string, paragraphs: readonly Paragraph[], h: number): string {
  const words = (s: string) => s.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const own = new Set(words(line.slice(line.indexOf(":") + 1)));
  const under = new Set([1, 2, 3].flatMap((d) => words(paragraphs[h + d]?.text ?? "")));
  if (own.size === 0) return "none";
  const share = [...own].filter((w) => under.has(w)).length / own.size;
  return share === 0 ? "0" : share < 0.25 ? "under 0.25" : "0.25+";
}

function lineClass(line: string, caps: boolean): string {
  if (QUESTION.test(line)) return "question";
  if (LIST_ITEM.test(line)) return "list item";
  if (QUOTED.test(line)) return "quotation";
  if (LINK.test(line)) return "read-more-type link";
  if (CAPTION.test(line)) return "caption/credit";
  if (caps) return "capitals";
  if (SENTENCE.test(line)) return "short sentence";
  if (/:/.test(line)) return "phrase with a colon";
  return "subhead phrase";
}

function listingEntry(
  truth: boolean,
  near: boolean,
  cls: string,
  span: ArticleSpan,
  paragraphs: readonly Paragraph[],
  stories: readonly Story[],
): string {
  const story = stories.find((s) => s.first <= span.first && span.first <= s.last);
  const into = story ? span.first - story.body : -1;
  const show = (k: number) => (paragraphs[k]?.text ?? "").slice(0, 160);
  return [
    `${truth ? "TRUE" : near ? "FALSE-NEAR" : "FALSE"} | ${cls} | into ${into} | score ${span.start?.score.toFixed(2)}`,
    `   -2: ${show(span.first - 2)}`,
    `   -1: ${show(span.first - 1)}`,
    ` >> 0: ${show(span.headline ?? span.first)}`,
    `   +1: ${show((span.headline ?? span.first) + 1)}`,
    `   +2: ${show((span.headline ?? span.first) + 2)}`,
  ].join("\n");
}

main();
