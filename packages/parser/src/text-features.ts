import { firstSentence } from "./derive-headline.js";
import {
  datelineOf,
  isBoilerplate,
  isByline,
  isContributorLine,
  isSeparator,
} from "./line-kinds.js";

export type ParagraphKind = "text" | "byline" | "contributor" | "boilerplate" | "separator";

/** What the segmenter needs to know of one paragraph, computed once. */
export interface ParagraphFeatures {
  kind: ParagraphKind;
  words: number;
  /** Short, unpunctuated, capitalized: could be a headline (or a subhead). */
  headlineLike: boolean;
  dateline: string | null;
  /** Opens the way a continuation does: a quote, a pronoun, a conjunction, lower case. */
  continuationOpening: boolean;
  /** Capitalized words, one entry per mention: the paragraph's cast and places. */
  keys: string[];
  /** Last words of multi-word names ("Marco Rubio" -> "Rubio"): how later paragraphs refer back. */
  surnames: string[];
  /** Surnames referred to with a title before any full mention here ("Mr. Rubio"). */
  titledRefs: string[];
  /** Holds a multi-word proper name, the way a lede introduces its cast. */
  hasFullName: boolean;
  /** The opening sentence, where a lede says who did what and when. */
  firstSentence: string;
  /** Stem of the noun in an opening "The nurses ..." / "This plan ...", which often points back. */
  openingNoun: string | null;
  /** Opens with a proper name, not a common word: "Israel pulled ...", "Khalil al-Hayya, ...". */
  opensWithName: boolean;
  /** Written in capitals throughout, as section labels are. */
  allCaps: boolean;
  /** Lower-case content words, stemmed, for vocabulary overlap. */
  stems: string[];
}

const OPENING_NOUN =
  /^(?:The|This|That|These|Those|Its|Their|His|Her|Such)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{4,})\b/u;
const NAME_PARTICLE = /^(?:(?:al|el|ul|bin|ibn|de|da|di|van|von|der|la|le|du|dos)(?:-\p{Lu}.*)?)$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
const TITLES =
  /\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Gen|Sen|Rep|Gov|Judge|Justice|Rev|Sir|Dame|Lord|Lady|Sheikh|Imam|Rabbi|Cardinal|Coach)\.?\s+((?:al-|el-)?\p{Lu}[\p{L}\p{M}'’-]+)/gu;

// Capitalized words that say nothing about who or where: openers, days, months, titles.
const CAP_STOP = new Set(
  (
    "The A An In On At For From With By But And Or Yet So If As After Before Since When While Where Why How What Who " +
    "This That These Those There Their They He She It Its His Her We Our You Your I Mr Ms Mrs Dr Sir Monday Tuesday " +
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October " +
    "November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec President Prime Minister Secretary Chancellor " +
    "General Gen Sen Rep Gov Officials Some Many Most One Two Three Still Also However Meanwhile Earlier Later Last " +
    "Next Now Then Today Yesterday Tomorrow According Despite During Under Over Among Although Because Though Even " +
    "Only Just Not No Yes All Both Each Every Such Other Another Several New Former Under Until Unlike Like Asked " +
    "Speaking Like Within Without Instead Rather About Across Around Through Toward Towards Against Between Beyond"
  ).split(" "),
);

const CONTINUATION_OPENERS = new Set(
  (
    "He She It They We I His Her Its Their Our But And Yet Still So Also Instead However Meanwhile Moreover That " +
    "This These Those Then Such Both Neither Nor Or Even Nevertheless Nonetheless Otherwise Thus Hence Indeed Later " +
    "Now Another Others Afterward Afterwards Previously Separately Besides Furthermore Similarly Likewise Asked"
  ).split(" "),
);

const STOPWORDS = new Set(
  (
    "about above after again against also although among another any around because been before being below between " +
    "both could does doing down during each either even every from further have having here however into itself just " +
    "least less like made make many might more most much must near neither never nevertheless none nothing often once " +
    "only other others otherwise ought over perhaps rather said says same should since some still such than that their " +
    "them themselves then there therefore these they this those though through thus together told under until upon " +
    "very what whatever when where whether which while whom whose will with within without would year years week weeks " +
    "month months time times first last next told added people percent including says saying according official " +
    "officials statement monday tuesday wednesday thursday friday saturday sunday"
  ).split(" "),
);

/** Computes a paragraph's features. Pure and cheap: a few regex passes over the text. */
export function paragraphFeatures(text: string): ParagraphFeatures {
  const kind = paragraphKind(text);
  const features: ParagraphFeatures = {
    kind,
    words: 0,
    headlineLike: false,
    dateline: null,
    continuationOpening: false,
    keys: [],
    surnames: [],
    titledRefs: [],
    hasFullName: false,
    stems: [],
    firstSentence: "",
    openingNoun: null,
    opensWithName: false,
    allCaps: false,
  };
  if (kind === "boilerplate" || kind === "separator") return features;

  const keys: string[] = [];
  const surnames = new Set<string>();
  const stems: string[] = [];
  let words = 0;
  let run: string[] = [];
  const flushRun = () => {
    if (run.length >= 2) {
      features.hasFullName = true;
      surnames.add(run[run.length - 1] as string);
    }
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    words++;
    let word = match[0];
    const endsSentence =
      /[.!?]$/.test(word) &&
      !/^(?:\p{Lu}\.)+$|^(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|Prof)\.$/u.test(word);
    word = word.replace(/(?:['’]s|['’.-]+)$/u, "");
    // "al-Hayya", "bin Salman": particles that belong to the name around them.
    const capitalized =
      /\p{Lu}/u.test(word[0] ?? "") || (run.length > 0 && NAME_PARTICLE.test(word));
    if (capitalized && !CAP_STOP.has(word)) {
      keys.push(word);
      run.push(word);
    } else {
      flushRun();
      if (!capitalized && word.length >= 4) {
        const lower = word.toLowerCase();
        if (!STOPWORDS.has(lower)) stems.push(lower.slice(0, 6));
      }
    }
    if (endsSentence) flushRun();
  }
  flushRun();

  const titledRefs: string[] = [];
  for (const match of text.matchAll(TITLES)) {
    const surname = (match[1] as string).replace(/['’]s$/u, "");
    const introduced = text.slice(0, match.index).includes(` ${surname}`);
    if (!introduced && !titledRefs.includes(surname)) titledRefs.push(surname);
    surnames.add(surname);
  }

  features.words = words;
  features.keys = keys;
  features.surnames = [...surnames];
  features.titledRefs = titledRefs;
  features.stems = stems;
  features.firstSentence = firstSentence(text);
  const firstWord = /^[\p{L}]+/u.exec(text)?.[0] ?? "";
  features.opensWithName =
    /^\p{Lu}/u.test(firstWord) &&
    !CAP_STOP.has(firstWord) &&
    !CONTINUATION_OPENERS.has(firstWord) &&
    keys[0] === firstWord;
  const opening = OPENING_NOUN.exec(text);
  features.openingNoun = opening ? (opening[1] as string).toLowerCase().slice(0, 6) : null;
  features.allCaps = /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  features.dateline = kind === "text" ? datelineOf(text) : null;
  features.headlineLike = kind === "text" && isHeadlineLike(text, words);
  features.continuationOpening = opensAsContinuation(text);
  return features;
}

function paragraphKind(text: string): ParagraphKind {
  if (isSeparator(text)) return "separator";
  if (isBoilerplate(text)) return "boilerplate";
  if (isByline(text)) return "byline";
  if (isContributorLine(text)) return "contributor";
  return "text";
}

const TERMINAL = /[.,;:]["”’')\]]*$/;
const ENDS_WITH_ABBREVIATION = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.)["”’]?$/u;

function isHeadlineLike(text: string, words: number): boolean {
  if (words < 2 || words > 26 || text.length > 170) return false;
  if (TERMINAL.test(text) && !ENDS_WITH_ABBREVIATION.test(text)) return false;
  return /^[\p{Lu}\p{N}"“‘'$£€¿¡]/u.test(text);
}

function opensAsContinuation(text: string): boolean {
  if (/^["“‘«]|^\p{Ll}|^[-–—•(]/u.test(text)) return true;
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? "";
  return CONTINUATION_OPENERS.has(first);
}
