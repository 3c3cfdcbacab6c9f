import { HASH_BITS, HASH_PRIME, HASH_SEED } from "./tokenize.js";

/** A person findPeople counts: the name as first written, and how often it was met. */
export interface Person {
  name: string;
  /** The name's lowercase when it is not ASCII (an ASCII name's is read from `name` itself). */
  lower: string | undefined;
  /** The runs that named the person, and the "Mr. Surname" references to them. */
  count: number;
}

/**
 * People by their name's lowercase, in the order first met (the Map's). An ASCII name's key is
 * the hash of its lowercase, read from the name's characters, not the lowercase string: that
 * string was made for every name an article counts, and nearly every name is met first. A
 * number another name already holds is passed by (the next number is tried), so two names are
 * one person only when their lowercase is the same. A name beyond ASCII is keyed by its
 * lowercase, or by that string's hash when the lowercase is ASCII.
 */
export type PeopleByName = Map<number | string, Person>;

/** Counts one more mention of `name` (the form first met is the one kept). */
export function countPerson(people: PeopleByName, name: string): void {
  const hash = asciiLowerHash(name);
  if (hash >= 0) {
    countByHash(people, hash, name, undefined);
    return;
  }
  const lower = name.toLowerCase();
  const lowerHash = asciiLowerHash(lower);
  if (lowerHash >= 0) {
    countByHash(people, lowerHash, name, lower);
    return;
  }
  const p = people.get(lower);
  if (p) p.count++;
  else people.set(lower, { name, lower, count: 1 });
}

function countByHash(
  people: PeopleByName,
  hash: number,
  name: string,
  lower: string | undefined,
): void {
  const folded = lower ?? name;
  for (let key = hash; ; key = (key + 1) & HASH_BITS) {
    const p = people.get(key);
    if (p === undefined) {
      people.set(key, { name, lower, count: 1 });
      return;
    }
    if (sameAsciiLowercase(p.lower ?? p.name, folded)) {
      p.count++;
      return;
    }
  }
}

/** hashString (tokenize.ts) of an ASCII string's lowercase, without making it; -1 if not ASCII. */
export function asciiLowerHash(text: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch >= 128) return -1;
    hash = Math.imul(hash ^ (ch >= 65 && ch <= 90 ? ch + 32 : ch), HASH_PRIME);
  }
  return hash & HASH_BITS;
}

/**
 * Whether two strings are one with A-Z lowercased. Both are ASCII or a lowercase (which holds
 * no A-Z), so this is whether their lowercase is the same.
 */
function sameAsciiLowercase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x !== y && (x >= 65 && x <= 90 ? x + 32 : x) !== (y >= 65 && y <= 90 ? y + 32 : y)) {
      return false;
    }
  }
  return true;
}
