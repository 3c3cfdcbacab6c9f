import { rootOf } from "./flat-trie.js";
import type { Gazetteer } from "./gazetteer.js";
import { HONORIFICS, NOT_NAME, PARTICLES, SPEECH, TITLES } from "./name-cue-words.js";
import { hashString, type TokenList } from "./tokenize.js";
import { zoneWordIds } from "./word-ids.js";
import { WordSet } from "./word-set.js";
import type { Zone } from "./zones.js";

/** "Ana Lima, who": a name followed by "who" is a person's. */
const WHO = new WordSet(["who"]);

/**
 * The runs of capitalized words kept as names, four numbers a run: the zone's index, the name's
 * first word, its word count, and 1 if a title or the sentence marks it as a person's ("said Ana
 * Lima", "Ana Lima, who"), else 0. Written from the start for every article (findPeople is
 * synchronous and never re-entered): an object a run was a fifth of what findPeople allocated.
 */
const runs: number[] = [];

/**
 * What the words around tokens[first..end) say of a name there, whatever the name (given-name
 * lists miss most of the world's names): "person" where only a person fits ("Ana Lima, 34,",
 * "Ana Lima, who"), "speaker" next to a verb of saying, which organizations use too ("Ana
 * Lima said", "said Ana Lima"), or nothing.
 */
function nameContext(tokens: TokenList, first: number, end: number): "person" | "speaker" | null {
  const hasNext = end < tokens.length;
  const prev = first - 1;
  if (hasNext && !tokens.continues(end) && !tokens.sentenceStart(end)) {
    if (WHO.hasToken(tokens, end) || isAge(tokens, end)) return "person";
  }
  if (hasNext && tokens.joined(end) && SPEECH.hasToken(tokens, end)) return "speaker";
  if (prev >= 0 && SPEECH.hasToken(tokens, prev) && tokens.joined(first)) return "speaker";
  return null;
}

/**
 * Finds people named in full ("Marco Rubio"), counting later "Mr./Ms./Dr. Surname" and
 * bare-surname references toward the full name. Contributors (the bylines) are left out.
 * `capitalized` is the list the article's capitalized words are written into: a classifier
 * passes the same one for every article.
 */
export function findPeople(
  zones: Zone[],
  gazetteer: Gazetteer,
  contributors: string[],
  capitalized = new CapitalizedWords(),
): string[] {
  let runEnd = 0;
  // Made at the first "Mr./Ms./Dr. Surname": many articles have none.
  let honorificSurnames: Map<string, number> | undefined;
  // The capitalized words that count toward a surname's repeats (none of a title-case headline).
  capitalized.clear();
  for (let z = 0; z < zones.length; z++) {
    const zone = zones[z] as Zone;
    if (zone.kind === "contributor" || zone.kind === "dateline") continue;
    const tokens = zone.tokens;
    const ids = zoneWordIds(zone, gazetteer.words);
    const counted = !zone.titleCase;
    if (counted) capitalized.addZone(tokens);
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens.cap(i)) continue;
      if (counted) capitalized.add(i);
      if (HONORIFICS.hasToken(tokens, i)) {
        if (i + 1 < tokens.length && tokens.cap(i + 1)) {
          const next = tokens.lower(i + 1);
          honorificSurnames ??= new Map();
          honorificSurnames.set(next, (honorificSurnames.get(next) ?? 0) + 1);
        }
      }
    }
    for (let i = 0; i < tokens.length; ) {
      // A run starts with a capital (runLength): most words start none.
      if (!tokens.cap(i)) {
        i++;
        continue;
      }
      // A name takes two words at least: shorter runs are skipped at once.
      const length = runLength(tokens, i);
      if (length < 2) {
        i += Math.max(length, 1);
        continue;
      }
      // The run is tokens[runStart, i); the name's words, tokens[first, end), are cut from it.
      const runStart = i;
      i += length;
      let first = runStart;
      let end = i;
      // Drop leading titles and other words that are never names ("Secretary of State Marco").
      let afterTitle = false;
      if (runStart > 0 && TITLES.hasToken(tokens, runStart - 1)) afterTitle = true;
      while (first < end) {
        const cue = TITLES.hasToken(tokens, first) || HONORIFICS.hasToken(tokens, first);
        if (cue || NOT_NAME.hasToken(tokens, first)) {
          afterTitle = afterTitle || cue;
          first++;
        } else break;
      }
      // A title inside the run ends what comes before it: "Supply Minister Mostafa Adel". Not
      // in a title-cased headline, where every word is capitalized ("Minister Calls Vote").
      const lastTitle = zone.titleCase ? -1 : lastTitleAt(tokens, first, end);
      if (lastTitle >= 0 && end - lastTitle - 1 >= 2) {
        first = lastTitle + 1;
        afterTitle = true;
      }
      while (end > first && PARTICLES.hasToken(tokens, end - 1)) end--;
      const count = end - first;
      if (count < 2 || count > 4) continue;
      const context = nameContext(tokens, first, end);
      // Where only a person fits, a surname may also be a word or a place ("Hoda Ramadan,
      // 52,", "Trey Jordan, who"); the first name may not.
      const person = context === "person";
      if (anyNotName(tokens, first, person ? first + 1 : end)) continue;
      if (!looksLikePerson(ids, first, count, gazetteer, person)) continue;
      runs[runEnd++] = z;
      runs[runEnd++] = first;
      runs[runEnd++] = count;
      runs[runEnd++] = afterTitle || context !== null ? 1 : 0;
    }
  }

  const surnameCount = capitalized.counter();
  // Only an article with bylines has names to leave out.
  const excluded =
    contributors.length > 0 ? new Set(contributors.map((c) => c.toLowerCase())) : undefined;
  const people = new Map<string, Person>();
  for (let r = 0; r < runEnd; r += 4) {
    const tokens = (zones[runs[r] as number] as Zone).tokens;
    const at = runs[r + 1] as number;
    const count = runs[r + 2] as number;
    const surname = tokens.lower(at + count - 1);
    const known =
      runs[r + 3] === 1 ||
      gazetteer.givenNames.has(tokens.lower(at)) ||
      (honorificSurnames?.get(surname) ?? 0) > 0 ||
      surnameCount(surname) > 1;
    // The name is built only for a run that counts: its strings were most of what findPeople
    // allocated.
    if (!known) continue;
    const name = nameOf(tokens, at, count);
    const key = name.toLowerCase();
    if (excluded?.has(key)) continue;
    const p = people.get(key);
    if (p) p.count++;
    else people.set(key, { name, count: 1 });
  }
  // Later "Mr. Surname" references count toward the full name they abbreviate (the name's last
  // word after a space, as `split(" ").pop()` gave it).
  if (honorificSurnames !== undefined) {
    for (const p of people.values()) {
      const surname = p.name.slice(p.name.lastIndexOf(" ") + 1).toLowerCase();
      p.count += honorificSurnames.get(surname) ?? 0;
    }
  }
  // Most mentioned first, ties in the order first met (the Map's): each name is inserted after
  // every name counted as often or more. Array#sort allocated its state and a copy of the list.
  // Both lists are made at their final length (pushed from empty, they had room for 17).
  const names: string[] = new Array(people.size);
  const counts: number[] = new Array(people.size);
  let listed = 0;
  for (const { name, count } of people.values()) {
    let at = listed++;
    for (; at > 0 && (counts[at - 1] as number) < count; at--) {
      names[at] = names[at - 1] as string;
      counts[at] = counts[at - 1] as number;
    }
    names[at] = name;
    counts[at] = count;
  }
  return names;
}

/**
 * Whether word i is one to three ASCII digits ("Ana Lima, 34,"), as /^\d{1,3}$/ on its raw, read
 * from its character codes: the regex needed the word cut from the text for every run it asked.
 */
export function isAge(tokens: TokenList, i: number): boolean {
  const size = tokens.size(i);
  if (size < 1 || size > 3) return false;
  const text = tokens.text;
  const start = tokens.start(i);
  for (let k = start; k < start + size; k++) {
    const ch = text.charCodeAt(k);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

/**
 * The name of the count words from `at`: their raws joined by "-" (hyphenated) or " ", a
 * one-character word followed by "." ("Sergey V. Lavrov"). Where the text between the words is
 * already that (most names), the name is one slice of the text: built piece by piece it was a
 * slice a word and a string a join.
 */
export function nameOf(tokens: TokenList, at: number, count: number): string {
  const text = tokens.text;
  const last = at + count - 1;
  for (let k = at + 1; k <= last; k++) {
    let gap = tokens.rawEnd(k - 1);
    if (tokens.size(k - 1) === 1 && text.charCodeAt(gap++) !== 46)
      return joinedName(tokens, at, count);
    const sep = tokens.hyphenated(k) ? 45 : 32;
    if (text.charCodeAt(gap++) !== sep || gap !== tokens.start(k))
      return joinedName(tokens, at, count);
  }
  let end = tokens.rawEnd(last);
  if (tokens.size(last) === 1 && text.charCodeAt(end++) !== 46)
    return joinedName(tokens, at, count);
  return text.slice(tokens.start(at), end);
}

/** nameOf built piece by piece, for a name whose words the text separates otherwise. */
export function joinedName(tokens: TokenList, at: number, count: number): string {
  let name = "";
  for (let k = 0; k < count; k++) {
    const raw = tokens.raw(at + k);
    name +=
      (k === 0 ? "" : tokens.hyphenated(at + k) ? "-" : " ") + (raw.length === 1 ? `${raw}.` : raw);
  }
  return name;
}

interface Person {
  name: string;
  /** The runs that named the person, and the "Mr. Surname" references to them. */
  count: number;
}

/**
 * An article's capitalized words, as their zone's tokens and index (two numbers a word in one
 * list), and how many of them are a given lowercase word. The lists are kept from one article
 * to the next, only their starts used (clear): grown again by push for every article, the
 * word list was about half of what findPeople allocated.
 */
export class CapitalizedWords {
  readonly #zones: TokenList[] = [];
  #zoneCount = 0;
  /** The zone's place in #zones and the word's index, for each word in turn. */
  readonly #words: number[] = [];
  #wordCount = 0;

  /** Forgets the words of the article before. */
  clear(): void {
    this.#zoneCount = 0;
    this.#wordCount = 0;
  }

  /** Starts a zone, whose words add() then names. */
  addZone(tokens: TokenList): void {
    this.#zones[this.#zoneCount++] = tokens;
  }

  /** Word i of the zone last started. */
  add(i: number): void {
    this.#words[this.#wordCount++] = this.#zoneCount - 1;
    this.#words[this.#wordCount++] = i;
  }

  /**
   * How many of the words are a given lowercase word, counted only for the words asked about:
   * cutting and lowercasing every capitalized word of an article to count them all cost more
   * than the few surnames ever asked. ASCII words are told apart by their hash first.
   */
  counter(): (lower: string) => number {
    const counts = new Map<string, number>();
    const zones = this.#zones;
    const words = this.#words;
    const end = this.#wordCount;
    return (lower) => {
      let n = counts.get(lower);
      if (n === undefined) {
        const hash = hashString(lower);
        n = 0;
        for (let k = 0; k < end; k += 2) {
          const tokens = zones[words[k] as number] as TokenList;
          const i = words[k + 1] as number;
          if (tokens.ascii(i) && tokens.hash(i) !== hash) continue;
          if (tokens.lower(i) === lower) n++;
        }
        counts.set(lower, n);
      }
      return n;
    };
  }
}

/** The last of tokens[first, end) that is a title, or -1. */
function lastTitleAt(tokens: TokenList, first: number, end: number): number {
  for (let k = end - 1; k >= first; k--) if (TITLES.hasToken(tokens, k)) return k;
  return -1;
}

/** Whether any of tokens[first, end) is a word that is never a name. */
function anyNotName(tokens: TokenList, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (NOT_NAME.hasToken(tokens, k)) return true;
  return false;
}

/**
 * How many tokens from i make a run of capitalized words joined by spaces, initials ("V.") or
 * hyphens: 0 when none starts there.
 */
function runLength(tokens: TokenList, i: number): number {
  let k = i;
  for (; k < tokens.length; k++) {
    const inRun = k > i;
    if (inRun) {
      const initialGap = tokens.size(k - 1) === 1 && tokens.cap(k - 1);
      // Read at every word, not only after an initial: read so seldom in the warm-up, it had
      // no feedback and made V8 optimize runLength again (forty-seventh pass, docs/tried.md).
      const startsSentence = tokens.sentenceStart(k);
      if (!tokens.continues(k) && !(initialGap && !startsSentence)) break;
    }
    const cap = tokens.cap(k);
    const allCaps = tokens.allCaps(k);
    const fits =
      (cap && !allCaps) ||
      // The second half of a hyphenated given name may be lower case: "Park Ji-hye".
      (inRun && tokens.hyphenated(k) && /^\p{Ll}{2,4}$/u.test(tokens.raw(k))) ||
      (allCaps && tokens.size(k) === 1) ||
      // The next word's capital is read first: most words after a name are not cut and lowercased.
      (inRun && k + 1 < tokens.length && tokens.cap(k + 1) && PARTICLES.hasToken(tokens, k));
    if (!fits) break;
    if (tokens.possessive(k)) return k + 1 - i;
  }
  return k - i;
}

/**
 * Whether the n words at ids[first..] may be a person's name: not a gazetteer name as a whole,
 * and no word (the first only, where only a person fits) a country's, a demonym or a region.
 * The names are found by the words' ids in the gazetteer's numbered table, which holds every
 * name (gazetteer.test.ts checks it): cutting, lowering and joining the words to look
 * them up in its Map cost 3-6% of the bench.
 */
function looksLikePerson(
  ids: Int32Array,
  first: number,
  n: number,
  gazetteer: Gazetteer,
  person = false,
): boolean {
  const { roots, values, children } = gazetteer.flat;
  let node = rootOf(roots, ids[first] as number);
  for (let k = 1; k < n && node >= 0; k++) node = children.get(node, ids[first + k] as number);
  if (node >= 0 && values[node] !== undefined) return false;
  for (let k = 0; k < (person ? 1 : n); k++) {
    const root = rootOf(roots, ids[first + k] as number);
    const list = root < 0 ? undefined : values[root]?.list;
    if (list?.some((c) => c.kind === "country" || c.kind === "demonym" || c.kind === "region")) {
      return false;
    }
  }
  return true;
}
