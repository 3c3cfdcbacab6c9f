import { afterEach, describe, expect, it, vi } from "vitest";
import { LowercaseTable } from "./lowercase-table.js";
import { hashString, TokenPool, tokenize } from "./tokenize.js";

/** A word's lowercase without String#toLowerCase, which the tests count (A-Z only). */
function asciiLower(word: string): string {
  return word.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** The table's answer for a whole string as the word, under its own hash or a forged one. */
function lowerOf(table: LowercaseTable, word: string, hash = hashString(asciiLower(word))) {
  return table.lower(word, 0, word.length, hash);
}

/** How many times String#toLowerCase ran in `run`: a word cut again, not found in the table. */
function cuts(run: () => void): number {
  const spy = vi.spyOn(String.prototype, "toLowerCase");
  run();
  const calls = spy.mock.calls.length;
  spy.mockRestore();
  return calls;
}

describe("LowercaseTable", () => {
  afterEach(() => vi.restoreAllMocks());

  it("cuts a word once and answers it from the table after that, in any case", () => {
    const table = new LowercaseTable(64);
    expect(cuts(() => expect(lowerOf(table, "Marlowe")).toBe("marlowe"))).toBe(1);
    expect(cuts(() => expect(lowerOf(table, "MARLOWE")).toBe("marlowe"))).toBe(0);
    // The word inside a longer text, found by its place.
    const text = "Inspector marlowe's notes";
    expect(
      cuts(() => expect(table.lower(text, 10, 17, hashString("marlowe"))).toBe("marlowe")),
    ).toBe(0);
  });

  it("never answers another word that shares the slot or even the hash", () => {
    const table = new LowercaseTable(4);
    // Forged hashes: the same slot with another hash, then the same hash outright.
    lowerOf(table, "Quill", 4 + 1);
    expect(lowerOf(table, "Quilt", 8 + 1)).toBe("quilt");
    expect(lowerOf(table, "Quilts", 8 + 1)).toBe("quilts");
    expect(lowerOf(table, "Quil", 8 + 1)).toBe("quil");
    expect(lowerOf(table, "Quilx", 8 + 1)).toBe("quilx");
    // A word the kept one is a prefix of, and one that is a prefix of it.
    lowerOf(table, "Tamb", 2);
    expect(lowerOf(table, "Tambo", 2)).toBe("tambo");
    expect(lowerOf(table, "Tam", 2)).toBe("tam");
  });

  it("gives a slot to the last word stored there and cuts the one it replaced again", () => {
    const table = new LowercaseTable(2);
    lowerOf(table, "Oriel", 7);
    expect(cuts(() => lowerOf(table, "Oriel", 7))).toBe(0);
    expect(cuts(() => expect(lowerOf(table, "Bastion", 9)).toBe("bastion"))).toBe(1);
    expect(cuts(() => expect(lowerOf(table, "Oriel", 7)).toBe("oriel"))).toBe(1);
    // The other slot was never touched by either.
    lowerOf(table, "Keel", 4);
    expect(cuts(() => lowerOf(table, "Oriel", 7))).toBe(0);
  });

  it("does not keep words longer than 24 code units", () => {
    const table = new LowercaseTable(16);
    const long = "Floccinaucinihilipilificationary";
    expect(cuts(() => lowerOf(table, long))).toBe(1);
    expect(cuts(() => expect(lowerOf(table, long)).toBe(asciiLower(long)))).toBe(1);
  });

  it("turns away a word beyond ASCII that an ASCII one's slot and hash would fit", () => {
    const table = new LowercaseTable(8);
    lowerOf(table, "Elan", 3);
    expect(lowerOf(table, "Élan", 3)).not.toBe("elan");
    // And the other way round: a word beyond ASCII in the slot is no answer for an ASCII one.
    expect(lowerOf(table, "Élan", 3)).toBe("élan");
    expect(lowerOf(table, "ELAN", 3)).toBe("elan");
  });

  it("answers as toLowerCase does for random words crowded into a few slots", () => {
    const table = new LowercaseTable(8);
    let state = 40;
    const random = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const letters = "aAbBcC'0";
    for (let round = 0; round < 4000; round++) {
      let word = "";
      for (let k = 1 + random(5); k > 0; k--) word += letters[random(letters.length)];
      expect(lowerOf(table, word), word).toBe(word.toLowerCase());
    }
  });

  it("takes only a power of two for its size", () => {
    expect(() => new LowercaseTable(12)).toThrow();
    expect(() => new LowercaseTable(0)).toThrow();
  });
});

describe("TokenList.lower through the shared table", () => {
  it("gives each word's lowercase, text after text, ASCII or not", () => {
    const texts = [
      "Councillor Vantreska told Zürich’s board, ZÜRICH said",
      "VANTRESKA and vantreska, Vantreska’s and Ærøskøbing",
      "the council's Vantreska",
    ];
    for (const text of [...texts, ...texts]) {
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        const raw = tokens.raw(i);
        expect(tokens.lower(i), raw).toBe(raw.toLowerCase().replace(/’/g, "'"));
        if (!tokens.ascii(i)) expect(tokens.lowerBeyondAscii(i), raw).toBe(tokens.lower(i));
      }
    }
  });
});

describe("TokenList.lowerBeyondAscii", () => {
  it("reads the lowercase tokenize wrote for each word beyond ASCII, in pooled lists too", () => {
    const pool = new TokenPool();
    const texts = ["Ærøskøbing and Zürich’s mayor", "plain words only", "ÉCOLE Öland"];
    for (let round = 0; round < 2; round++) {
      pool.reset();
      for (const text of texts) {
        const tokens = tokenize(text, undefined, pool.next());
        const fresh = tokenize(text);
        for (let i = 0; i < tokens.length; i++) {
          if (tokens.ascii(i)) continue;
          expect(tokens.lowerBeyondAscii(i)).toBe(fresh.lower(i));
        }
      }
    }
  });
});
