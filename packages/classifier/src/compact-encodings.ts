// Compact forms of the compiled classifier's tables for dist/compiled-data.bin
// (compiled-data.ts): interned strings, maxWords tables beside
// their phrase keys, and string lists packed as one string.

export class StringTable {
  readonly list: string[] = [];
  readonly #ids = new Map<string, number>();
  id(s: string): number {
    let id = this.#ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.#ids.set(s, id);
    }
    return id;
  }
}

/**
 * A maxWords table as a value per key of its phrase table (0: none), the first `keys.length`
 * values, and the first words that are no key of their own, after them: most first words are
 * keys, and listing them again was a fifth of the file's text.
 */
export function splitMaxWords(
  maxWords: Map<string, number>,
  keys: string[],
): { values: Int32Array<ArrayBuffer>; others: string[] } {
  const values = keys.map((k) => maxWords.get(k) ?? 0);
  const keySet = new Set(keys);
  const others: string[] = [];
  for (const [word, n] of maxWords) {
    if (keySet.has(word)) continue;
    others.push(word);
    values.push(n);
  }
  return { values: Int32Array.from(values), others };
}

export function joinMaxWords(
  keys: string[],
  others: string[],
  values: Int32Array,
): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    const n = values[i] as number;
    if (n > 0) map.set(keys[i] as string, n);
  }
  for (let i = 0; i < others.length; i++) {
    map.set(others[i] as string, values[keys.length + i] as number);
  }
  return map;
}

export const align8 = (n: number) => Math.ceil(n / 8) * 8;

/**
 * A list of strings as one string, each behind a line break (no name holds one): JSON.parse reads one
 * long string and split cuts it faster than it reads a hundred thousand short ones.
 */
export type PackedList = string;
const SEPARATOR = "\n";

export function packList(list: string[]): PackedList {
  const bad = list.find((s) => s.includes(SEPARATOR));
  if (bad !== undefined)
    throw new Error(`compiled data: ${JSON.stringify(bad)} holds a line break`);
  return list.map((s) => SEPARATOR + s).join("");
}

export function unpackList(packed: PackedList): string[] {
  return packed.split(SEPARATOR).slice(1);
}
