import type { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { nextContent } from "./content-paragraphs.js";
import { headAt } from "./head-at.js";
import { endsWithPictureCredit } from "./line-kinds.js";
import type { Paragraph } from "./paragraphs.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { countWords } from "./words.js";

// Lines longer than this are prose that happens to hold an address or a link, not a sign-off.
const MOST_WORDS = { callToAction: 20, contact: 40 };
// A prompt to read, watch or follow more: on the training outlets (folds 2-4) an article's last
// paragraph 866 times, its first 33, a title 21 (`corpus/closing-line-counts.ts`; most stand
// inside an article, as links between its paragraphs, where no start is in question).
const CALL_TO_ACTION =
  /^(?:read|see|watch|listen|click|sign up|subscribe|follow|get|join|download|go deeper|don['’]t miss|like us|check out|for more|more from|related|also read|recommended)\b/iu;
// A contributor's or author's contact: an e-mail address (last 380, first 3), a handle (last 203,
// first 18; most stand inside, in embedded posts), "contributed to this report", "reporting by"
// (last 685, first 2). A page scraped behind an address guard shows "[email protected]" in the
// address's place: on fold 3 two headless starts had taken such a line (an "Email NAME at ..."
// note) for their headline; on fold 2 no start moved.
const EMAIL = /[\w.+-]+@[\w-]+\.\w|\[email protected\]/u;
const HANDLE = /(?:^|[\s(])@\w{2,}/u;
const CONTRIBUTED =
  /\b(?:contributed|contributing) (?:to )?(?:this|the) (?:report|story|list|article)\b|\b(?:reporting|editing) by\b/iu;
// What every such note holds, searched first: under /iu the pattern's word boundaries cost some
// twenty times this plain search, and almost no line holds either.
const CONTRIBUTED_WORDS = /contribut|ing by/iu;
// A found start moves down over at most this many closing lines.
const MOST_MOVED = 2;
// A start moves down past an e-mail line among this many of its first content paragraphs (the
// line and at most one above it).
const CONTACT_REACH = 2;

/** The kinds of closing line `closingLineKind` tells apart. */
export type ClosingLineKind = "call to action" | "e-mail" | "handle" | "contributed";

/**
 * Which kind of story's close a line reads as, or null: a prompt to read or follow more ("Read
 * more: ...", "Go deeper: ...", "Sign up for ..."), an author's e-mail address or handle, a
 * "... contributed to this report" note. Such lines end articles on the training outlets 11 to
 * 340 times as often as they open one.
 */
export function closingLineKind(text: string, counted?: number): ClosingLineKind | null {
  const line = text.trim();
  // `counted`: the text's countWords when the caller holds it (a paragraph's lexical record).
  const words = counted ?? countWords(line);
  if (words <= MOST_WORDS.callToAction && CALL_TO_ACTION.test(line)) return "call to action";
  // A caption's credit may name a handle ("(Photo: @name/Agency)"); captions open stories.
  if (words > MOST_WORDS.contact || endsWithPictureCredit(line)) return null;
  // Both contacts hold an "@": looked for first, so a line without one is not scanned twice.
  const at = line.includes("@");
  if ((at || line.includes("[email")) && EMAIL.test(line)) return "e-mail";
  if (CONTRIBUTED_WORDS.test(line) && CONTRIBUTED.test(line)) return "contributed";
  return at && HANDLE.test(line) ? "handle" : null;
}

export function isClosingLine(text: string): boolean {
  return closingLineKind(text) !== null;
}

/**
 * Where a headless start (a gap's, or a hard break's under a contributor line) opens once an
 * e-mail line among its first CONTACT_REACH content
 * paragraphs ("Write to Jo Doe at jo@outlet.example", "Email: desk@outlet.example", the address
 * alone) goes back to the story above with what stands above it: such a line closes a story (an
 * article's last paragraph 380 times on the training outlets, its first 3) and a page puts a
 * correction, a caption or a newsletter's prompt just above it, under the story's last line. Page
 * debris counts too ("Write to ..." is debris, page-debris.ts). The span's own first paragraph
 * where none is, or where no text of the article's own would be left under it.
 */
function contactClose(
  span: ArticleSpan,
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
): number {
  let content = 0;
  for (let p = span.first; p <= span.last && content < CONTACT_REACH; p++) {
    const kind = features[p]?.kind;
    if (kind === "separator") continue;
    if (kind !== "boilerplate") content++;
    // Every e-mail line holds one of these: most paragraphs are not counted and matched at all.
    const text = (paragraphs[p] as Paragraph).text;
    if (!(text.includes("@") || text.includes("[email")) || closingLineKind(text) !== "e-mail")
      continue;
    const next = nextContent(features, p + 1);
    return next <= span.last && features[next]?.kind === "text" ? next : span.first;
  }
  return span.first;
}

/**
 * Where each judged start opens once the story above's closing lines are given back to it: a
 * start found on a closing line (taken as the next story's headline, kicker or lede) moves down
 * past it, and what stands there is headed again as at any start (the line under a "Read ..."
 * prompt may be the story's own headline). A hard break right under a contributor line moves
 * alike; other hard breaks and the first article are left as found.
 */
export function closingLinesToStoryAbove(
  spans: readonly ArticleSpan[],
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  soFar: ArticleSoFar,
): ArticleSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const features = table.paragraphs;
  for (let i = 1; i < out.length; i++) {
    const span = out[i] as ArticleSpan;
    const above = out[i - 1] as ArticleSpan;
    const kind = span.start?.kind;
    // A hard break under a contributor line ("... contributed to this report") opens under the
    // prompts that close the story with it, as a judged start does.
    const underCredit = kind === undefined && features[span.first - 1]?.kind === "contributor";
    if ((kind === undefined && !underCredit) || kind === "byline" || kind === "dateline") continue;
    // Under a headline an e-mail line is the story's own note (a dek, the author's contact).
    let first =
      kind === "gap" || underCredit ? contactClose(span, paragraphs, features) : span.first;
    for (let moved = 0; moved < MOST_MOVED; moved++) {
      if (features[first]?.kind !== "text" || !isClosingLine((paragraphs[first] as Paragraph).text))
        break;
      const next = nextContent(features, first + 1);
      // The article keeps a paragraph of its own text.
      if (next > span.last || features[next]?.kind !== "text") break;
      first = next;
    }
    if (first === span.first) continue;
    soFar.reset(above.first, first);
    const head = headAt(paragraphs, table, first, true, soFar);
    const headed = head !== null && head.bodyStart <= span.last ? head.span : emptySpan(first);
    const opened: ArticleSpan = { ...headed, first, last: span.last };
    if (span.start !== undefined) opened.start = span.start;
    if (span.reach !== undefined) opened.reach = span.reach;
    out[i] = opened;
    above.last = first - 1;
  }
  return out;
}
