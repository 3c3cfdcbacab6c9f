import { withoutAdverbs, withoutArticles } from "./headline-omissions.js";
import { datelineOf } from "./line-kinds.js";
import { expectedOverlap, wordCounts, wordsOf } from "./title-words.js";

/** The longest derived headline, in characters: about what a headline takes. */
export const MAX_DERIVED_HEADLINE = 80;

// Words a headline should not end on: articles, prepositions, conjunctions, pronouns, auxiliaries.
const DANGLING = new Set(
  (
    "a an the and or but nor so yet of to in on at for from with by as that which who whom whose its their his her " +
    "our your my is are was were be been being has have had will would could should can may might must shall do does " +
    "did than into onto over under about after before during while since until upon via per against among between " +
    "through toward towards across around near off up down out if when where whether because although though amid " +
    "despite like unlike including plus minus"
  ).split(" "),
);
const NUMBER = /^[\d.,%$£€]+$/u;
// A full stop that ends an initial, an initialism ("U.S.", "U.N.": every letter's stop, not only
// the first's) or a title, not a sentence.
const ABBREVIATION_END =
  /(?:^|[\s(])(?:(?:\p{Lu}\.)*\p{Lu}|Mr|Ms|Mrs|Dr|St|Gen|Lt|Col|Sgt|Adm|Capt|Maj|Rev|Ft|Mt|Sen|Rep|Gov|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$/u;

// Kept as constants: a regex literal makes a new object each time it runs. The global ones
// (SENTENCE_END, SUBORDINATE) are searched from lastIndex 0, set before every loop over them.
const CLOSING_STOP = /[.!?]["”’]?$/u;
const ONLY_PUNCTUATION = /^[\s,;:—–-]*$/u;
const TRAILING_PUNCTUATION = /[,;:—–-]+$/u;
const NOT_LETTERS = /[^\p{L}\p{N}%]/gu;
const SENTENCE_END = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

// "Washington (CNN) ", "(Reuters) - ": where and for whom, ahead of the news.
const OPENING_CREDIT = /^(?:\p{Lu}[\p{L}. ]{0,30} )?\([\p{L} .-]{2,30}\)\s*(?:[—–-]+\s*)?/u;
// "On Tuesday, ", "In a statement on Monday, ", "For years, ", "According to the police, ":
// when, where and on whose word, ahead of the main clause.
// "Two years after the floods, ", "Hours before the vote, ": a span of time and what it counts from.
const OPENING_PHRASE =
  /^(?:(?:On|In|At|By|Late|Early|Earlier|Last|This|Next|For|After|Before|During|Since|Until|Over|Amid|Despite|Under|Within|Nearly|Almost|More than|According to|Now|Today|Yesterday|When|While|Once|Following|Ahead of)\b[^,]{0,70}|(?:\S+ )?(?:years?|months?|weeks?|days?|hours?|decades?) (?:after|before|since|later|earlier|on)\b[^,]{0,60}|\p{Lu}\p{Ll}+day(?: (?:morning|afternoon|evening|night))?),\s+(?=\S)/u;
// "(R-Texas)", "(pictured)": asides a headline leaves out.
const PARENTHESIS = /\s*\([^()]{1,40}\)/gu;
// " on Tuesday", " late Monday night", " this week", " on Jan. 5": when, which headlines leave out.
const WHEN =
  /,? (?:(?:on|late|early|this|last|next|by|until|from)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|(?:yesterday|today|tonight)|(?:this|last|next) (?:week|weekend|month|year|morning|afternoon|evening|spring|summer|autumn|fall|winter)|(?:on )?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)\b(?=[\s,.;:!?]|$)/gu;
// ", the company said", ", according to officials": whose word it is, after the news. Sticky: no
// comma follows the one it opens with, so it is tried at the text's last comma alone (unanchored,
// it was tried at every comma, each time reading on to the next).
const TRAILING_ATTRIBUTION =
  /,\s+(?:(?:[^,]{0,60}\s)?(?:said|says|told|announced|reported|wrote|added|confirmed)\b[^,]{0,40}|according to [^,]{1,60})$/uy;
// Clauses a headline can end before: a relative, a reason, a time, a contrast.
const CLAUSE_MARKS = [
  ", which ",
  ", who ",
  ", where ",
  ", as ",
  ", after ",
  ", before ",
  ", when ",
  ", while ",
  ", but ",
  ", saying ",
  ", amid ",
  ", despite ",
  ", following ",
  ", in a ",
  ", valuing ",
  ", leaving ",
  ", making ",
  ", bringing ",
  ", raising ",
  ", ending ",
  ", prompting ",
  ", forcing ",
  ", and ",
  " — ",
  " – ",
  " - ",
  "; ",
  ": ",
];
// A derived headline this long or longer is cut before a trailing clause, if one is there.
const CLAUSE_CUT_FROM = 60;
// The shortest a headline is left by any cut.
const MIN_KEPT = 25;

/**
 * A headline for an article that came without one, written from its lede the way a headline
 * reads: the first sentence without the dateline, its opening credit and phrase of time or
 * attribution, asides, days and dates, and trailing attribution; then cut before a trailing
 * clause and to at most MAX_DERIVED_HEADLINE characters, never ending on a dangling word or a
 * bare number, and without its adverbs in -ly (but those that hedge or count: "allegedly",
 * "nearly"). Every word it keeps is the lede's, in the lede's order. Given the article's
 * paragraphs after the lede (`body`), it may instead keep the compressed sentence whole or drop
 * its leading attribution or introductory phrase, when that promises more words of the
 * article's title: those the article's next paragraphs keep coming back to (title-words.ts).
 */
export function deriveHeadline(lede: string, body: readonly string[] = []): string {
  const { full, usual, others, bare } = headlineChoices(lede, body.length > 0);
  // Most ledes offer no alternative: then the article's words are not counted at all.
  if (others.length === 0 && bare === undefined) return usual;
  const counts = wordCounts(body, wordsOf(full));
  let best = usual;
  let bestScore = expectedOverlap(usual, counts);
  for (const candidate of others) {
    const score = expectedOverlap(candidate, counts);
    if (score > bestScore + MIN_GAIN) {
      best = candidate;
      bestScore = score;
    }
  }
  // No margin: the article-free headline is taken when it promises more at all (on the
  // validation fold ROUGE-1 0.1877 with none, 0.1875 with 0.005).
  if (bare !== undefined && expectedOverlap(bare, counts) > bestScore) return bare;
  return best;
}

/**
 * The lede's first sentence (no dateline or closing full stop), its usual headline and, when
 * `withAlternatives`, the alternatives the title-word score may choose instead: `others`, and
 * `bare`, the compressed sentence without its articles as the usual cuts leave it, where the
 * sentence is too long to stand whole and that lets more of it in.
 */
export function headlineChoices(
  lede: string,
  withAlternatives = true,
): { full: string; usual: string; others: string[]; bare?: string } {
  const dateline = datelineOf(lede);
  const text = dateline ? lede.slice(dateline.length).trim() : lede.trim();
  const full = firstSentence(text).replace(CLOSING_STOP, (end) => (end.startsWith(".") ? "" : end));
  const compressed = compress(full);
  const usual = finish(compressed, compressed !== full, full);
  if (!withAlternatives) return { full, usual, others: [] };
  const others = alternatives(compressed, usual, full);
  // A sentence that stands whole gains nothing but its articles' absence.
  if (compressed.length <= MAX_DERIVED_HEADLINE) return { full, usual, others };
  const bare = articleFree(compressed, usual, full);
  return bare === undefined || others.includes(bare)
    ? { full, usual, others }
    : { full, usual, others, bare };
}

// How far past the usual headline's end articles are dropped from the sentence: the
// article-free headline cannot reach further.
const ARTICLES_PAST_USUAL = 40;

/**
 * The compressed sentence without its articles, as the usual cuts leave it: undefined when the
 * usual headline has none (no room to free), or it reads badly, or adds no word to the usual's.
 */
function articleFree(compressed: string, usual: string, full: string): string | undefined {
  const usualBare = withoutArticles(usual);
  if (usualBare === usual) return undefined;
  const text = withoutArticles(compressed, usual.length + ARTICLES_PAST_USUAL);
  // Where the usual headline's words end in the article-free sentence: unless a word that can
  // end a headline follows within MAX_DERIVED_HEADLINE, the cuts leave no new word (checked
  // before the cuts are made again; most such headlines stop here).
  if (!endsLater(text, usualBare.length)) return undefined;
  // ... nor unless one ends before the phrase the cut for length would leave out.
  if (text.length > MAX_DERIVED_HEADLINE) {
    const end = phraseEnd(text);
    if (end !== undefined && !endsLater(text.slice(0, end), usualBare.length)) return undefined;
  }
  const headline =
    text.length <= MAX_DERIVED_HEADLINE ? capitalize(text) : finish(text, true, full);
  if (headline === usual || !readsWell(headline)) return undefined;
  const last = lastWordOf(headline);
  if (last === lastWordOf(usual) || SUBJECT_PRONOUNS.has(last.toLowerCase())) return undefined;
  return headline;
}

/**
 * A word of `text` after position `from` ends within MAX_DERIVED_HEADLINE characters and may end
 * a headline: not a dangling word, not a bare number (a scan of the characters, no regex).
 */
function endsLater(text: string, from: number): boolean {
  let start = from;
  while (start < text.length && text.charCodeAt(start) !== 32) start++;
  while (start < MAX_DERIVED_HEADLINE) {
    start++;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 32) end++;
    if (end > MAX_DERIVED_HEADLINE) return false;
    let letters = end;
    while (letters > start && !isLetterOrDigit(text, letters - 1)) letters--;
    if (letters > start) {
      const word = text.slice(start, letters).toLowerCase();
      if (!DANGLING.has(word) && !SUBJECT_PRONOUNS.has(word) && !NUMBER.test(word)) return true;
    }
    if (end >= text.length) return false;
    start = end;
  }
  return false;
}

// Words that open a clause the cut would leave unsaid ("... a car-theft network they"): the
// article-free headline, which reaches further than the usual, does not end on them.
const SUBJECT_PRONOUNS = new Set("i you he she it we they there this these those".split(" "));

/** The last space-separated word of `text`. */
function lastWordOf(text: string): string {
  return text.slice(text.lastIndexOf(" ") + 1);
}

// How much more expected title overlap (expectedOverlap) an alternative must promise than the
// usual headline: on the validation fold ROUGE-1 0.1860, against 0.1859 with 0, 0.005 or 0.02.
const MIN_GAIN = 0.01;

/**
 * The first sentence without its opening credit and phrase of time or attribution, asides,
 * days and dates, and trailing attribution.
 */
function compress(full: string): string {
  let text = shorten(full, OPENING_CREDIT, "", "(");
  text = shorten(text, OPENING_PHRASE, "");
  text = shorten(text, PARENTHESIS, "", "(");
  text = shorten(text, APPOSITIVE, "");
  text = shorten(text, WHEN, "");
  text = shortenedTo(text, withoutTrailingAttribution(text));
  return withoutAdverbs(text);
}

// "Police said Tuesday that ", "The report says ": whose word the news is, ahead of it.
const LEADING_ATTRIBUTION =
  /^(?:[^,]{0,60}?\s)?(?:said|says|announced|reported|confirmed)(?: (?:on )?\p{Lu}\p{Ll}+day)?,? that /u;
// The longest introductory phrase or clause dropped up to its comma ("Despite the rain, ").
const MAX_INTRO = 120;
// An introductory phrase opens with a preposition or conjunction or a participle ("Citing ...").
const PARTICIPLE = /ing$/u;
// What a main clause opens with after an intro: a name or a determiner, not the next item of a
// list ("With reports on floods, road closures, and ...") nor a pronoun, whose referent
// the intro held ("When Tanabe founded his studio, his ambition was ..."; validation fold
// ROUGE-1 0.1861 with pronouns, 0.1860 without).
const SUBJECT_START =
  /^(?:\p{Lu}|(?:the|a|an|this|that|these|those|some|many|most|more|several|two|three)\s)/u;
// A relative clause or aside a headline would end inside.
const OPEN_RELATIVE = /, (?:who|which|whose|where) /u;

/**
 * The usual headline's few alternatives, none the usual itself and none ending badly (on a
 * dangling word or a number, inside a quotation or a relative clause): the compressed sentence
 * whole where it fits, and the sentence without its leading attribution ("Police said that")
 * or introductory phrase up to its comma ("Despite the rain,"), whole where it fits and as the
 * usual cuts leave it. Every other compression the usual cuts could be traded for (an appositive
 * or trailing attribution kept, an end before any clause) gained 0.0002 of ROUGE-1 more on the
 * validation fold at several times the cost.
 */
function alternatives(compressed: string, usual: string, full: string): string[] {
  const found: string[] = [];
  const add = (candidate: string): void => {
    if (candidate !== usual && !found.includes(candidate) && readsWell(candidate))
      found.push(candidate);
  };
  if (compressed.length <= MAX_DERIVED_HEADLINE) add(capitalize(compressed.trim()));
  for (const opening of openings(compressed)) {
    if (opening.length <= MAX_DERIVED_HEADLINE) add(capitalize(opening.trim()));
    add(finish(opening, true, full));
  }
  return found;
}

/** The sentence `text` without its leading attribution, and without its introductory phrase. */
function openings(text: string): string[] {
  const found: string[] = [];
  // Every attribution the pattern knows ends in " that ": most ledes skip it.
  const attribution = text.includes(" that ") ? LEADING_ATTRIBUTION.exec(text) : null;
  if (attribution && text.length - attribution[0].length >= MIN_KEPT)
    found.push(text.slice(attribution[0].length));
  const comma = text.indexOf(", ");
  if (comma <= 0 || comma > MAX_INTRO || text.length - comma - 2 < MIN_KEPT) return found;
  const first = text.slice(0, text.indexOf(" ")).toLowerCase();
  if (
    (PHRASE_OPENERS.has(first) || PARTICIPLE.test(first)) &&
    SUBJECT_START.test(text.slice(comma + 2))
  )
    found.push(text.slice(comma + 2));
  return found;
}

/** The headline fits and ends where a headline can: see alternatives. */
function readsWell(headline: string): boolean {
  if (headline.length === 0 || headline.length > MAX_DERIVED_HEADLINE) return false;
  if (OPEN_RELATIVE.test(headline) || endsInQuote(headline)) return false;
  // The last run of letters or digits, as ROUGE splits words: "COVID-19" ends on "19".
  const last = lastWord(headline).toLowerCase();
  return last.length > 0 && !DANGLING.has(last) && !DIGIT_START.test(last);
}
const DIGIT_START = /^\p{N}/u;

/**
 * The last run of letters or digits of `text`. Found by a scan from the end: a regex anchored
 * at the end is tried from every position.
 */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !isLetterOrDigit(text, end - 1)) end--;
  let start = end;
  while (start > 0 && isLetterOrDigit(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The UTF-16 unit at `index` of `text` belongs to a letter or digit (astral ones too). */
function isLetterOrDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code >= 0xdc00 && code <= 0xdfff) {
    const high = index > 0 ? text.charCodeAt(index - 1) : 0;
    return (
      high >= 0xd800 && high <= 0xdbff && LETTER_OR_DIGIT.test(text.slice(index - 1, index + 1))
    );
  }
  if (code >= 0xd800 && code <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(index, index + 2));
  return LETTER_OR_DIGIT.test(text.charAt(index));
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** A quotation is open at the end of `text`: a headline would end inside it. */
function endsInQuote(text: string): boolean {
  const straight = text.split('"').length - 1;
  return straight % 2 === 1 || text.lastIndexOf("“") > text.lastIndexOf("”");
}

/**
 * The compressed sentence `text` as a headline: cut before its first trailing clause when it is
 * CLAUSE_CUT_FROM characters or longer, then to MAX_DERIVED_HEADLINE, without a dangling end.
 */
function finish(sentence: string, wasCut: boolean, full: string): string {
  let text = sentence;
  let cut = wasCut;
  if (text.length >= CLAUSE_CUT_FROM) {
    const clause = firstClauseMark(text);
    if (clause >= MIN_KEPT) {
      text = text.slice(0, clause);
      cut = true;
    }
  }
  if (text.length > MAX_DERIVED_HEADLINE) {
    const head = text.slice(0, MAX_DERIVED_HEADLINE + 1);
    const clause = lastClauseBreak(head);
    text =
      clause >= MIN_KEPT + 10
        ? head.slice(0, clause)
        : head.slice(0, subordinateStart(head) ?? phraseEnd(text) ?? head.lastIndexOf(" "));
    cut = true;
  }
  const headline = capitalize(cut ? trimDangling(text.split(" ")) : text.trim());
  if (headline.length > 0 && headline.length <= MAX_DERIVED_HEADLINE) return headline;
  return (
    capitalize(full.slice(0, full.lastIndexOf(" ", MAX_DERIVED_HEADLINE)).trim()) || "Untitled"
  );
}

// Words a phrase opens with: a cut before one of them ends the headline between phrases, not
// inside one ("... dependence on a crowded" -> "... dependence"). Not "to": after a verb it
// opens the verb's own infinitive ("agreed to cut").
const PHRASE_OPENERS = new Set(
  (
    "of in on at for from with by as than into onto over under about after before during while " +
    "since until upon via per against among between through toward towards across around near amid " +
    "despite like unlike including and or but because although though when where whether if which who"
  ).split(" "),
);
// The shortest a headline is left by a cut between phrases, and the most a cut between phrases
// drops past the plain cut between words: a short phrase left unfinished ("on a crowded") goes,
// a longer one stays, as every word dropped is one the title may have had (on the validation
// fold, ROUGE-1 0.184 with no such cut, 0.182 dropping 16 characters at most, 0.178 with no limit).
const MIN_PHRASE_KEPT = 40;
const MAX_PHRASE_DROPPED = 16;

/**
 * Where the last phrase of `text` that ends within MAX_DERIVED_HEADLINE characters ends: at
 * the last space before a word that opens a phrase, if that drops little and keeps enough; or
 * undefined.
 */
function phraseEnd(text: string): number | undefined {
  const wordCut = text.lastIndexOf(" ", MAX_DERIVED_HEADLINE);
  const floor = Math.max(MIN_PHRASE_KEPT, wordCut - MAX_PHRASE_DROPPED);
  for (let at = wordCut; at >= floor; at = text.lastIndexOf(" ", at - 1)) {
    const end = text.indexOf(" ", at + 1);
    const next = text.slice(at + 1, end < 0 ? text.length : end);
    if (PHRASE_OPENERS.has(next.toLowerCase())) return at;
  }
  return undefined;
}

// Where a headline cut for length may end: before a comma, a dash or a semicolon.
const CLAUSE_BREAKS = [", ", " — ", " – ", " - ", "; "];

/** Where the last of CLAUSE_BREAKS in `head` begins, or -1. */
function lastClauseBreak(head: string): number {
  let last = -1;
  for (const mark of CLAUSE_BREAKS) last = Math.max(last, head.lastIndexOf(mark));
  return last;
}

/**
 * The text with the pattern replaced, unless that leaves too little of it. `mark` is a string
 * every match of the pattern holds, where one is: most ledes have no bracket, and a pattern that
 * opens with `\s*` is tried at every space of the text.
 */
function shorten(text: string, pattern: RegExp, by: string, mark?: string): string {
  const replaced = mark === undefined || text.includes(mark) ? text.replace(pattern, by) : text;
  return shortenedTo(text, replaced);
}

/** `replaced`, trimmed, instead of `text`, unless that leaves too little of it. */
function shortenedTo(text: string, replaced: string): string {
  const shorter = replaced.trim();
  // Most patterns match nothing: then there is nothing to weigh (either answer is the text).
  if (shorter === text) return text;
  return shorter.length >= MIN_KEPT && hasSpaces(shorter, 3) ? shorter : text;
}

/** The text without its trailing attribution (TRAILING_ATTRIBUTION), if it has one. */
function withoutTrailingAttribution(text: string): string {
  const comma = text.lastIndexOf(",");
  if (comma < 0) return text;
  TRAILING_ATTRIBUTION.lastIndex = comma;
  return TRAILING_ATTRIBUTION.test(text) ? text.slice(0, comma) : text;
}

/** The text holds at least `count` spaces: it splits on " " into more than `count` parts. */
function hasSpaces(text: string, count: number): boolean {
  let at = -1;
  for (let found = 0; found < count; found++) {
    at = text.indexOf(" ", at + 1);
    if (at < 0) return false;
  }
  return true;
}

// Any of CLAUSE_MARKS: the leftmost match is where the first of them begins, found in one
// search instead of one per mark.
const ANY_CLAUSE_MARK = new RegExp(
  CLAUSE_MARKS.map((mark) => mark.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "g",
);

// An aside between commas before the verb it delays: ", a regional power producer, have",
// ", Tomasz Adeyemi, would", ", who has led the council since 2019, said". Not before a clause
// mark (", their worst day in months, as ..."): that comma ends the main clause.
const APPOSITIVE = new RegExp(
  `,\\s+(?:(?:a|an|the|its|his|her|their|who|which|whose)\\s[^,]{2,80}|(?:\\p{Lu}[\\p{L}'’.-]+\\s){1,3}\\p{Lu}[\\p{L}'’.-]+),(?=\\s(?!(?:${CLAUSE_MARKS.filter(
    (mark) => mark.startsWith(", "),
  )
    .map((mark) => mark.slice(2).trim())
    .join("|")})\\b)\\p{Ll})`,
  "gu",
);
// A subordinate clause with no comma before it: "... fell 11% in Amsterdam after the company
// lowered ...". A cut for length ends before one when it stands this far in or further.
const SUBORDINATE =
  / (?:after|as|because|while|when|although|though|since|until|before|amid|despite|following) /gu;
const MIN_SUBORDINATE_KEPT = 40;

/** Where the last subordinate clause that opens far enough into `head` begins, or undefined. */
function subordinateStart(head: string): number | undefined {
  let found: number | undefined;
  // An exec loop, not `matchAll`, which copies the regex at every call (as in firstSentence).
  SUBORDINATE.lastIndex = 0;
  for (let match = SUBORDINATE.exec(head); match !== null; match = SUBORDINATE.exec(head))
    if (match.index >= MIN_SUBORDINATE_KEPT) found = match.index;
  return found;
}

/** Where the first clause a headline can end before begins (at MIN_KEPT or later), or -1. */
function firstClauseMark(text: string): number {
  ANY_CLAUSE_MARK.lastIndex = MIN_KEPT;
  return ANY_CLAUSE_MARK.exec(text)?.index ?? -1;
}

/** Drops trailing punctuation, bare numbers and words a headline cannot end on, in turn. */
function trimDangling(words: string[]): string {
  let end = words.length;
  for (;;) {
    while (end > 0 && ONLY_PUNCTUATION.test(words[end - 1] as string)) end--;
    const last = (words[end - 1] ?? "").replace(TRAILING_PUNCTUATION, "");
    const bare = last.toLowerCase().replace(NOT_LETTERS, "");
    if (end > 3 && (DANGLING.has(bare) || NUMBER.test(last))) {
      end--;
      continue;
    }
    return [...words.slice(0, end - 1), last].join(" ").trim();
  }
}

/** The text up to the first full stop that is not an abbreviation's. */
export function firstSentence(text: string): string {
  // An exec loop, not `matchAll`, which copies the regex (a new RegExp, initialized in the
  // runtime) at every call; SENTENCE_END never matches the empty string, so both find the same.
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    const upTo = text.slice(0, match.index + 1);
    if (match[0].startsWith(".") && ABBREVIATION_END.test(upTo)) continue;
    return text.slice(0, match.index + match[0].length);
  }
  return text;
}

/** Upper-cases the first letter, unless that would lengthen it ("ﬁ" -> "FI", "ß" -> "SS"). */
function capitalize(text: string): string {
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  return upper.length === first.length ? upper + text.slice(1) : text;
}
