/** A term as shown, with its lowercase and its lowercase words: what the evidence compares. */
export interface LoweredTerm {
  term: string;
  lower: string;
  words: readonly string[];
}

export function lowerTerm(term: string): LoweredTerm {
  const lower = term.toLowerCase();
  return { term, lower, words: lower.split(" ") };
}

/**
 * Lowered terms of a fixed vocabulary (the model's features, the lexicon's words), each made on
 * first use and kept: lowering and splitting every term an article's evidence looked at was
 * most of what explaining its beat allocated (docs/tried.md, thirty-eighth pass). Only terms
 * from the data go in, never an article's own text, so what is kept is bounded by the data.
 */
export class LoweredTerms {
  private readonly byIndex: (LoweredTerm | undefined)[];
  private readonly byTerm = new Map<string, LoweredTerm>();

  /** `size`: how many indices are kept (the model's features). */
  constructor(size: number) {
    this.byIndex = new Array<LoweredTerm | undefined>(size).fill(undefined);
  }

  /** The lowered term of index i, if it was made. */
  known(i: number): LoweredTerm | undefined {
    return this.byIndex[i];
  }

  /** Makes and keeps the lowered term of index i. */
  keep(i: number, term: string): LoweredTerm {
    const made = lowerTerm(term);
    this.byIndex[i] = made;
    return made;
  }

  /** The lowered term of a term known by its string. */
  of(term: string): LoweredTerm {
    const known = this.byTerm.get(term);
    if (known !== undefined) return known;
    const made = lowerTerm(term);
    this.byTerm.set(term, made);
    return made;
  }
}

/** Whether every word of `a` is among the words of `b`. */
export function wordsWithin(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i] as string)) return false;
  return true;
}
