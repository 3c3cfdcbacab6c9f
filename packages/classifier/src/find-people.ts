import { rootOf } from "./flat-trie.js";
import type { Gazetteer } from "./gazetteer.js";
import {
  HONORIFIC_HASHES,
  HONORIFIC_LONGEST,
  HONORIFICS,
  NOT_NAME,
  PARTICLES,
  SPEECH,
  TITLES,
} from "./name-cue-words.js";
import { hashString, type Token } from "./tokenize.js";
import { zoneWordIds } from "./word-ids.js";
import type { Zone } from "./zones.js";

interface Run {
  words: Token[];
  /** Marked as a person's by a title or by the sentence ("said Ana Lima", "Ana Lima, who"). */
  markedAsPerson: boolean;
  order: number;
}

/**
 * What the words around tokens[first..end) say of a name there, whatever the name (given-name
 * lists miss most of the world's names): "person" where only a person fits ("Ana Lima, 34,",
 * "Ana Lima, who"), "speaker" next to a verb of saying, which organizations use too ("Ana
 * Lima said", "said Ana Lima"), or nothing.
 */
function nameContext(tokens: Token[], first: number, end: number): "person" | "speaker" | null {
  const next = tokens[end];
  const prev = tokens[first - 1];
  if (next && !next.joined && !next.hyphenated && !next.sentenceStart) {
    if (next.lower === "who" || /^\d{1,3}$/.test(next.raw)) return "person";
  }
  if (next?.joined && SPEECH.has(next.lower)) return "speaker";
  if (prev && SPEECH.has(prev.lower) && (tokens[first] as Token).joined) return "speaker";
  return null;
}

/**
 * Finds people named in full ("Marco Rubio"), counting later "Mr./Ms./Dr. Surname" and
 * bare-surname references toward the full name. Contributors (the bylines) are left out.
 */
export function findPeople(zones: Zone[], gazetteer: Gazetteer, contributors: string[]): string[] {
  const runs: Run[] = [];
  const honorificSurnames = new Map<string, number>();
  const capitalized: Token[] = [];
  let order = 0;
  for (const zone of zones) {
    if (zone.kind === "contributor" || zone.kind === "dateline") continue;
    const tokens = zone.tokens;
    const ids = zoneWordIds(zone, gazetteer.words);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.cap) continue;
      // A word longer than every honorific, or an ASCII word of another hash, need not be cut
      // and lowercased.
      if (
        t.rawEnd - t.start <= HONORIFIC_LONGEST &&
        (!t.ascii || HONORIFIC_HASHES.has(t.hash)) &&
        HONORIFICS.has(t.lower)
      ) {
        const next = tokens[i + 1];
        if (next?.cap)
          honorificSurnames.set(next.lower, (honorificSurnames.get(next.lower) ?? 0) + 1);
      }
      if (!zone.titleCase) capitalized.push(t);
    }
    for (let i = 0; i < tokens.length; ) {
      // A run starts with a capital (runLength): most words start none.
      if (!(tokens[i] as Token).cap) {
        i++;
        continue;
      }
      // A name takes two words at least: shorter runs are skipped before any array is made.
      const length = runLength(tokens, i);
      if (length < 2) {
        i += Math.max(length, 1);
        continue;
      }
      const run = tokens.slice(i, i + length);
      i += length;
      // Drop leading titles and other words that are never names ("Secretary of State Marco").
      const runStart = i - run.length;
      let words = run;
      let afterTitle = false;
      const prev = tokens[i - run.length - 1];
      if (prev && TITLES.has(prev.lower)) afterTitle = true;
      while (words.length > 0) {
        const w = (words[0] as Token).lower;
        if (TITLES.has(w) || NOT_NAME.has(w) || HONORIFICS.has(w)) {
          afterTitle = afterTitle || TITLES.has(w) || HONORIFICS.has(w);
          words = words.slice(1);
        } else break;
      }
      // A title inside the run ends what comes before it: "Supply Minister Mostafa Adel". Not
      // in a title-cased headline, where every word is capitalized ("Minister Calls Vote").
      const lastTitle = zone.titleCase ? -1 : words.findLastIndex((w) => TITLES.has(w.lower));
      if (lastTitle >= 0 && words.length - lastTitle - 1 >= 2) {
        words = words.slice(lastTitle + 1);
        afterTitle = true;
      }
      while (words.length > 0 && PARTICLES.has((words[words.length - 1] as Token).lower)) {
        words = words.slice(0, -1);
      }
      if (words.length < 2 || words.length > 4) continue;
      const first = runStart + run.indexOf(words[0] as Token);
      const context = nameContext(tokens, first, first + words.length);
      // Where only a person fits, a surname may also be a word or a place ("Hoda Ramadan,
      // 52,", "Trey Jordan, who"); the first name may not.
      const person = context === "person";
      if ((person ? words.slice(0, 1) : words).some((w) => NOT_NAME.has(w.lower))) continue;
      if (!looksLikePerson(ids, first, words.length, gazetteer, person)) continue;
      runs.push({ words, markedAsPerson: afterTitle || context !== null, order: order++ });
    }
  }

  const surnameCount = occurrenceCounter(capitalized);
  const excluded = new Set(contributors.map((c) => c.toLowerCase()));
  const people = new Map<string, { name: string; count: number; order: number }>();
  for (const run of runs) {
    const name = run.words
      .map((t, k) => {
        const raw = t.raw;
        return (k === 0 ? "" : t.hyphenated ? "-" : " ") + (raw.length === 1 ? `${raw}.` : raw);
      })
      .join("");
    const key = name.toLowerCase();
    if (excluded.has(key)) continue;
    const surname = (run.words[run.words.length - 1] as Token).lower;
    const first = (run.words[0] as Token).lower;
    const known =
      gazetteer.givenNames.has(first) ||
      run.markedAsPerson ||
      (honorificSurnames.get(surname) ?? 0) > 0 ||
      surnameCount(surname) > 1;
    if (!known) continue;
    const p = people.get(key);
    if (p) p.count++;
    else people.set(key, { name, count: 1, order: run.order });
  }
  // Later "Mr. Surname" references count toward the full name they abbreviate.
  for (const p of people.values()) {
    const surname = p.name.split(" ").pop()?.toLowerCase() ?? "";
    p.count += honorificSurnames.get(surname) ?? 0;
  }
  return [...people.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map((p) => p.name);
}

/**
 * How many of `tokens` are a given lowercase word, counted only for the words asked about:
 * cutting and lowercasing every capitalized word of an article to count them all cost more
 * than the few surnames ever asked. ASCII words are told apart by their hash first.
 */
function occurrenceCounter(tokens: Token[]): (lower: string) => number {
  const counts = new Map<string, number>();
  return (lower) => {
    let n = counts.get(lower);
    if (n === undefined) {
      const hash = hashString(lower);
      n = 0;
      for (const t of tokens) if ((!t.ascii || t.hash === hash) && t.lower === lower) n++;
      counts.set(lower, n);
    }
    return n;
  };
}

/**
 * How many tokens from i make a run of capitalized words joined by spaces, initials ("V.") or
 * hyphens: 0 when none starts there.
 */
function runLength(tokens: Token[], i: number): number {
  let k = i;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const inRun = k > i;
    if (inRun) {
      const prev = tokens[k - 1] as Token;
      const initialGap = prev.rawEnd - prev.start === 1 && prev.cap;
      if (!t.joined && !t.hyphenated && !(initialGap && !t.sentenceStart)) break;
    }
    const fits =
      (t.cap && !t.allCaps) ||
      // The second half of a hyphenated given name may be lower case: "Park Ji-hye".
      (inRun && t.hyphenated && /^\p{Ll}{2,4}$/u.test(t.raw)) ||
      (t.allCaps && t.rawEnd - t.start === 1) ||
      // The next word's capital is read first: most words after a name are not cut and lowercased.
      (inRun && tokens[k + 1]?.cap === true && PARTICLES.has(t.lower));
    if (!fits) break;
    if (t.possessive) return k + 1 - i;
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
