import { describe, expect, it } from "vitest";
import { asciiLowerHash, countPerson, type PeopleByName } from "./people-by-name.js";
import { hashString } from "./tokenize.js";

/** Each person's first-met name and count, in the order first met. */
function counted(names: string[]): [string, number][] {
  const people: PeopleByName = new Map();
  for (const name of names) countPerson(people, name);
  return [...people.values()].map((p) => [p.name, p.count]);
}

/** The plain form: people keyed by their name's lowercase string. */
function countedByLowercase(names: string[]): [string, number][] {
  const people = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    const p = people.get(name.toLowerCase());
    if (p) p.count++;
    else people.set(name.toLowerCase(), { name, count: 1 });
  }
  return [...people.values()].map((p) => [p.name, p.count]);
}

describe("countPerson", () => {
  it("hashes an ASCII name's lowercase as hashString does, and refuses any other", () => {
    for (const name of ["Tovan Merrick", "T. Orsu-Belle", "MERRICK", "o'Dell"]) {
      expect(asciiLowerHash(name)).toBe(hashString(name.toLowerCase()));
    }
    expect(asciiLowerHash("Zélie Orsu")).toBe(-1);
  });

  it("counts a name in any case as one person, the form first met kept", () => {
    expect(counted(["Tovan Merrick", "Ilsa Varn", "TOVAN MERRICK", "tovan merrick"])).toEqual([
      ["Tovan Merrick", 3],
      ["Ilsa Varn", 1],
    ]);
  });

  it("keeps apart names whose lowercase shares a hash, each counted, in the order met", () => {
    // Invented names whose lowercase hashes the same (found by search over syllables).
    const [a, b] = ["Sukaka Mozanfe", "Lorkaka Quiulbex"];
    expect(hashString(a.toLowerCase())).toBe(hashString(b.toLowerCase()));
    expect(counted([a, b, b.toUpperCase(), a, "Rikaka Suzanqui", b])).toEqual([
      [a, 2],
      [b, 3],
      ["Rikaka Suzanqui", 1],
    ]);
    // The same hash and length, another name: "Sukaka Mozanfe" is not "Sukaka Mozanfo".
    expect(counted([a, "Sukaka Mozanfo"])).toEqual([
      [a, 1],
      ["Sukaka Mozanfo", 1],
    ]);
  });

  it("counts names beyond ASCII by their lowercase, with an ASCII one when that is the same", () => {
    // U+212A KELVIN SIGN lowercases to an ASCII k: the two names are one person.
    const kelvin = "\u212Aeld Varn";
    const names = ["Zélie Orsu", "ZÉLIE ORSU", "Zelie Orsu", kelvin, "Keld Varn", "KELD VARN"];
    expect(counted(names)).toEqual(countedByLowercase(names));
    expect(counted(names)).toEqual([
      ["Zélie Orsu", 2],
      ["Zelie Orsu", 1],
      [kelvin, 3],
    ]);
    expect(counted(["Keld Varn", kelvin])).toEqual([["Keld Varn", 2]]);
  });

  it("counts as the plain form does for random names crowded by case and accents", () => {
    let state = 40;
    const random = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const letters = ["a", "A", "b", "B", "é", "É", " ", "-", ".", "\u212A", "k"];
    const names: string[] = [];
    for (let k = 0; k < 3000; k++) {
      let name = "";
      for (let n = 1 + random(4); n > 0; n--) name += letters[random(letters.length)];
      names.push(name);
    }
    expect(counted(names)).toEqual(countedByLowercase(names));
  });
});
