import { codeUnitsOf } from "./code-units.js";
import { EDGE_WORDS, featureOf, WORD_SEED } from "./hashed-features.js";
import { IdList } from "./id-list.js";
import { LedeScore } from "./lede-score.js";
import { LexicalRecord } from "./lexical-record.js";
import { TermSet } from "./term-set.js";
import { type TermKind, TermStore } from "./term-store.js";
import {
  asciiLowerTermId,
  continuesWord,
  FNV_OFFSET,
  FNV_PRIME,
  isUpperCase,
  isWordChar,
  stemId,
  termId,
  termIdOf,
  unitsTermId,
  WordReader,
} from "./words.js";

/**
 * A paragraph's names and vocabulary, as term ids. Costlier to compute and to hold, so the
 * segmenter asks for them where it looks for articles without headlines, and lets them go
 * when it has moved on (see FeatureTable).
 */
export interface LexicalFeatures {
  /** Words in the paragraph, counted on the way. */
  words: number;
  /**
   * Its term lists, one after another (a chunk shared with other records: term-store.ts), list
   * `kind` in terms[from(kind)..to(kind)):
   * - KEYS: capitalized words, one entry per mention: the paragraph's cast and places;
   * - SURNAMES: last words of multi-word names ("Marco Rubio" -> "Rubio"): how later paragraphs
   *   refer back;
   * - TITLED_REFS: surnames referred to with a title before any full mention here ("Mr. Rubio");
   * - STEMS: lower-case content words, stemmed, each once, for vocabulary overlap.
   */
  readonly terms: Int32Array;
  from(kind: TermKind): number;
  to(kind: TermKind): number;
  /** Holds a multi-word proper name, the way a lede introduces its cast. */
  hasFullName: boolean;
  /** Its first sentence says when ("on Tuesday"), as hard-news ledes do. */
  readonly dayAnchor: boolean;
  /** Its first sentence adds to something said before: "also", "too", "as well", "again". */
  additive: boolean;
  /** Stem of the noun in an opening "The nurses ..." / "This plan ...", which often points back. */
  readonly openingNoun: number | null;
  /** Bits of hard-news-cues.ts: a present-perfect verb, a figure in its first sentence. */
  readonly hardNewsCues: number;
  /** How much it reads like a lede, 0-1, by word and shape statistics of real ledes. */
  readonly ledeLike: number;
  /** How much it reads like an article's last paragraph, 0-1, likewise. */
  readonly endingLike: number;
}

/** What a paragraph without prose (boilerplate, separators) has. */
export const NO_LEXICAL: LexicalFeatures = LexicalRecord.empty();

const ABBREVIATIONS = new Set([
  "Mr",
  "Ms",
  "Mrs",
  "Dr",
  "St",
  "Jr",
  "Sr",
  "Gen",
  "Lt",
  "Col",
  "Sen",
  "Rep",
  "Gov",
  "Prof",
]);

// Lower-case words that belong to the name around them: "al-Amin", "bin Salman", "van Dijk".
const NAME_PARTICLES = "al el ul bin ibn de da di van von der la le du dos".split(" ");
// Titles before a surname: "Mr. Rubio", "Dr. Okafor", "Judge Marsh".
const TITLES = new Set(
  "Mr Ms Mrs Mx Dr Prof Professor Gen Sen Rep Gov Judge Justice Rev Sir Dame Lord Lady Sheikh Imam Rabbi Cardinal Coach".split(
    " ",
  ),
);

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

const ABBREVIATION_IDS = TermSet.of([...ABBREVIATIONS].map((word) => termId(word)));
const CAP_STOP_IDS = TermSet.of([...CAP_STOP].map((word) => termId(word)));
const TITLE_IDS = TermSet.of([...TITLES].map((word) => termId(word)));

// Which of the two sets a capitalized word's id may be in, by its low bits: most capitalized
// words are in neither, and one byte read tells so where two set lookups did.
const MAY_BE_TITLE = 1;
const MAY_BE_CAP_STOP = 2;
const HINT_MASK = 4095;
const capitalHints = new Uint8Array(HINT_MASK + 1);
const hintAt = (word: string) => termId(word) & HINT_MASK;
for (const word of TITLES)
  capitalHints[hintAt(word)] = (capitalHints[hintAt(word)] as number) | MAY_BE_TITLE;
for (const word of CAP_STOP)
  capitalHints[hintAt(word)] = (capitalHints[hintAt(word)] as number) | MAY_BE_CAP_STOP;

// Particle candidates are short ("al", "bin", "van") or hyphenated ("al-Amin").
function mayBeParticle(units: Uint16Array, start: number, end: number): boolean {
  if (end - start > 4 && units[start + 2] !== 45) return false;
  const c = units[start] as number;
  return (
    c === 97 ||
    c === 98 ||
    c === 100 ||
    c === 101 ||
    c === 105 ||
    c === 108 ||
    c === 117 ||
    c === 118
  );
}

// Each particle's code units: the word is compared in the code units the pass already holds.
const PARTICLE_UNITS = NAME_PARTICLES.map((particle) =>
  Array.from(particle, (char) => char.charCodeAt(0)),
);

/**
 * units[start..stop) is a name particle, alone or joined to a capitalized name ("al-Amin"). Read
 * in the code units: a word slice for a regex was made for every short word after a capitalized
 * one, and `startsWith` on the string cost a call for each of the sixteen particles.
 */
function isNameParticle(units: Uint16Array, start: number, stop: number): boolean {
  for (const particle of PARTICLE_UNITS) {
    const end = start + particle.length;
    if (end > stop || !unitsOpenWith(units, start, particle)) continue;
    if (end === stop) return true;
    // Words hold no line breaks or surrogates: whatever follows the capital belongs.
    if (stop - end >= 2 && units[end] === 45 && isUpperCase(units[end + 1] as number)) return true;
  }
  return false;
}

function unitsOpenWith(units: Uint16Array, start: number, prefix: readonly number[]): boolean {
  for (let i = 0; i < prefix.length; i++) if (units[start + i] !== prefix[i]) return false;
  return true;
}

const STOP_STEMS = (
  "about above after again against also although among another any around because been before being below between " +
  "both could does doing down during each either even every from further have having here however into itself just " +
  "least less like made make many might more most much must near neither never nevertheless none nothing often once " +
  "only other others otherwise ought over perhaps rather said says same should since some still such than that their " +
  "them themselves then there therefore these they this those though through thus together told under until upon " +
  "very what whatever when where whether which while whom whose will with within without would year years week weeks " +
  "month months time times first last next told added people percent including says saying according official " +
  "officials statement monday tuesday wednesday thursday friday saturday sunday"
)
  .split(" ")
  .map((word) => stemId(word, 0, word.length));

// "also", "too", "again", "likewise", "similarly": words that add to something said before.
const ADDITIVE_STEMS = TermSet.of(
  ["also", "again", "likewise", "similarly"].map((word) => stemId(word, 0, word.length)),
);

// The stems already taken from the paragraph being read, and the stop stems, which count as
// taken in every paragraph: one lookup per word. One set serves every call.
const takenStems = TermSet.of([], STOP_STEMS);

// One paragraph's terms as they are found, reused from call to call, then copied into the term
// store.
const foundKeys = new IdList();
const foundSurnames = new IdList();
const foundTitledRefs = new IdList();
const foundStems = new IdList();
const store = new TermStore();

const reader = new WordReader();
const lede = new LedeScore();
const { starts: ledeStarts, ends: ledeEnds, wordIds: ledeWordIds } = lede;

/** A paragraph's names and vocabulary: one pass over its words. */
export function lexicalFeatures(text: string): LexicalFeatures {
  takenStems.clear();
  foundKeys.clear();
  foundSurnames.clear();
  foundTitledRefs.clear();
  foundStems.clear();
  let hasFullName = false;
  let runLength = 0;
  let runLast = -1;
  let titled = false;
  let firstSentenceEnd = -1;
  let additive = false;
  let words = 0;
  // Every character is read once or more: from the code units, not the string (code-units.ts).
  const units = codeUnitsOf(text);
  const length = text.length;
  for (let start = 0; start < length; ) {
    const opening = units[start] as number;
    if (opening >= 97 && opening <= 122 && !titled) {
      // Most words are a-z alone, followed by a space or a mark: such a word is no name, no
      // particle of one (unless short after a capital) and ends no sentence, so it only counts,
      // bounds the lede's words and gives its stem, packed as WordReader packs it. Anything else
      // is read again below.
      let i = start + 1;
      let packed = opening - 96;
      // The lede model's feature of the word, hashed on the way (wordFeature: a-z as it is), for
      // its first EDGE_WORDS words alone: past them a letter costs a multiply less.
      let hash = 0;
      if (words < EDGE_WORDS) {
        hash = Math.imul(WORD_SEED ^ opening, FNV_PRIME);
        for (; i < length; i++) {
          const c = units[i] as number;
          if (c < 97 || c > 122) break;
          if (i - start < 6) packed = packed * 27 + (c - 96);
          hash = Math.imul(hash ^ c, FNV_PRIME);
        }
      } else {
        // The stem's six letters, then the rest of the word without the count.
        const packedEnd = Math.min(length, start + 6);
        for (; i < packedEnd; i++) {
          const c = units[i] as number;
          if (c < 97 || c > 122) break;
          packed = packed * 27 + (c - 96);
        }
        if (i === packedEnd)
          while (i < length && (units[i] as number) >= 97 && (units[i] as number) <= 122) i++;
      }
      const letters = i - start;
      const next = i < length ? (units[i] as number) : 32;
      // Most words end at a space, which needs no table lookup and no turn of the loop of its
      // own: the next word is read from past it (a space starts no word).
      const spaced = next === 32;
      if ((runLength === 0 || letters > 4) && (spaced || (next < 128 && !continuesWord(next)))) {
        words++;
        if (words <= EDGE_WORDS) {
          ledeStarts[words - 1] = start;
          ledeEnds[words - 1] = i;
          ledeWordIds[words - 1] = featureOf(hash);
        }
        if (letters === 3) {
          if (firstSentenceEnd < 0 && isToo(units, start)) additive = true;
        } else if (letters >= 4) {
          if (firstSentenceEnd < 0 && ADDITIVE_STEMS.has(packed)) additive = true;
          if (takenStems.add(packed)) foundStems.push(packed);
        }
        if (runLength >= 2) {
          hasFullName = true;
          if (!foundSurnames.includes(runLast)) foundSurnames.push(runLast);
        }
        runLength = 0;
        start = spaced ? i + 1 : i;
        continue;
      }
    } else if (opening >= 65 && opening <= 90 && !titled) {
      // Likewise a capital and a-z letters ("Rubio", "The"), unless a title stood before it.
      let i = start + 1;
      // The word's term id (unitsTermId) hashed on the way; wordFeature lower-cases the
      // capital, hashed for the first EDGE_WORDS words alone.
      let termHash = Math.imul(FNV_OFFSET ^ opening, FNV_PRIME);
      let hash = 0;
      if (words < EDGE_WORDS) {
        hash = Math.imul(WORD_SEED ^ (opening + 32), FNV_PRIME);
        for (; i < length; i++) {
          const c = units[i] as number;
          if (c < 97 || c > 122) break;
          hash = Math.imul(hash ^ c, FNV_PRIME);
          termHash = Math.imul(termHash ^ c, FNV_PRIME);
        }
      } else {
        for (; i < length; i++) {
          const c = units[i] as number;
          if (c < 97 || c > 122) break;
          termHash = Math.imul(termHash ^ c, FNV_PRIME);
        }
      }
      const next = i < length ? (units[i] as number) : 32;
      const spaced = next === 32;
      if (spaced || (next < 128 && !continuesWord(next))) {
        words++;
        if (words <= EDGE_WORDS) {
          ledeStarts[words - 1] = start;
          ledeEnds[words - 1] = i;
          ledeWordIds[words - 1] = featureOf(hash);
        }
        const id = termIdOf(termHash);
        const hint = capitalHints[id & HINT_MASK] as number;
        titled = (hint & MAY_BE_TITLE) !== 0 && TITLE_IDS.has(id);
        start = spaced ? i + 1 : i;
        if ((hint & MAY_BE_CAP_STOP) === 0 || !CAP_STOP_IDS.has(id)) {
          foundKeys.push(id);
          runLength++;
          runLast = id;
          continue;
        }
        if (runLength >= 2) {
          hasFullName = true;
          if (!foundSurnames.includes(runLast)) foundSurnames.push(runLast);
        }
        runLength = 0;
        continue;
      }
    } else if (!isWordChar(opening)) {
      start++;
      continue;
    }
    reader.read(units, length, start);
    const { end, stop } = reader;
    const index = start;
    // As above: the space after the word is stepped over.
    start = end < length && units[end] === 32 ? end + 1 : end;
    words++;
    // The lede model's words are the first EDGE_WORDS of these: scored after the loop.
    if (words <= EDGE_WORDS) {
      ledeStarts[words - 1] = index;
      ledeEnds[words - 1] = end;
      ledeWordIds[words - 1] = 0;
    }
    if (stop === index) continue;
    const first = units[index] as number;
    const upper = (first >= 65 && first <= 90) || (first > 127 && isUpperCase(first));
    // "al-Amin", "bin Salman": particles that belong to the name around them.
    const particle =
      !upper &&
      (runLength > 0 || titled) &&
      mayBeParticle(units, index, stop) &&
      isNameParticle(units, index, stop);
    // A run of capitalized words ("Marco Rubio") is a name; anything else ends the run.
    let extendsName = false;
    if (upper || particle) {
      const id = unitsTermId(units, index, stop);
      if (titled) {
        // "Mr. Rubio" before any "Marco Rubio" here refers back to an earlier paragraph.
        if (!foundKeys.includes(id) && !foundTitledRefs.includes(id)) foundTitledRefs.push(id);
        if (!foundSurnames.includes(id)) foundSurnames.push(id);
      }
      const hint = capitalHints[id & HINT_MASK] as number;
      titled = (hint & MAY_BE_TITLE) !== 0 && TITLE_IDS.has(id);
      if ((hint & MAY_BE_CAP_STOP) === 0 || !CAP_STOP_IDS.has(id)) {
        foundKeys.push(id);
        runLength++;
        runLast = id;
        extendsName = true;
      }
    } else {
      titled = false;
      const letters = stop - index;
      if (letters === 3 && firstSentenceEnd < 0 && isToo(units, index)) additive = true;
      if (letters >= 4) {
        const stem = reader.stem;
        if (firstSentenceEnd < 0 && ADDITIVE_STEMS.has(stem)) additive = true;
        // Not a-z: numbers, accents, other scripts go by their first six characters.
        const term = stem >= 0 ? stem : prefixId(text, index);
        if (takenStems.add(term)) foundStems.push(term);
      }
    }
    const sentenceEnds = endsSentence(units, index, end);
    if (sentenceEnds && firstSentenceEnd < 0) firstSentenceEnd = end;
    if (extendsName && !sentenceEnds) continue;
    if (runLength >= 2) {
      hasFullName = true;
      if (!foundSurnames.includes(runLast)) foundSurnames.push(runLast);
    }
    runLength = 0;
  }
  if (runLength >= 2) {
    hasFullName = true;
    if (!foundSurnames.includes(runLast)) foundSurnames.push(runLast);
  }

  const record = new LexicalRecord(text, firstSentenceEnd, lede.finish(units, text, words));
  record.words = words;
  record.hasFullName = hasFullName;
  record.additive = additive;
  storeTerms(record);
  return record;
}

/** The three code units from `start` are "too". */
function isToo(units: Uint16Array, start: number): boolean {
  return units[start] === 116 && units[start + 1] === 111 && units[start + 2] === 111;
}

/** Copies the lists found into the store, one after another, and points the record at them. */
function storeTerms(record: LexicalRecord): void {
  const total =
    foundKeys.length + foundSurnames.length + foundTitledRefs.length + foundStems.length;
  if (total === 0) return;
  store.reserve(total);
  const chunk = store.chunk;
  const keysFrom = store.next;
  const surnamesFrom = foundKeys.copyInto(chunk, keysFrom);
  const titledFrom = foundSurnames.copyInto(chunk, surnamesFrom);
  const stemsFrom = foundTitledRefs.copyInto(chunk, titledFrom);
  const end = foundStems.copyInto(chunk, stemsFrom);
  record.placeTerms(chunk, keysFrom, surnamesFrom, titledFrom, stemsFrom, end);
  store.next = end;
}

// stemId packs six letters below 27^6 < 2^29; hashed stems go above it, so the two never meet.
const HASHED_STEM = 1 << 29;

/** termId of text's six characters from index, lower-cased; without building them if ASCII. */
function prefixId(text: string, index: number): number {
  const end = Math.min(text.length, index + 6);
  const id = asciiLowerTermId(text, index, end);
  const hashed = id >= 0 ? id : termId(text.slice(index, end).toLowerCase());
  return HASHED_STEM | (hashed & (HASHED_STEM - 1));
}
/** The word at start..end closes a sentence: a full stop not an abbreviation's ("U.S.", "Mr."). */
function endsSentence(units: Uint16Array, start: number, end: number): boolean {
  const last = units[end - 1] as number;
  if (last === 33 || last === 63) return true;
  if (last !== 46) return false;
  if (end - start === 2) {
    const c = units[start] as number;
    if (c >= 65 && c <= 90) return false;
  }
  // "U.S.", "R.S.F.": a full stop before the last.
  for (let i = start; i < end - 1; i++) if (units[i] === 46) return false;
  return end - start > 5 || !ABBREVIATION_IDS.has(unitsTermId(units, start, end - 1));
}
