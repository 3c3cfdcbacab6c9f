import { definiteNounsOf } from "./definite-nouns.js";
import { TermSet } from "./term-set.js";
import { STEMS } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

/** Paragraphs from the would-be lede whose definite descriptions are read. */
export const DEFINITES_WINDOW = 3;
/** New definite descriptions past this many say no more. */
export const MOST_NEW_DEFINITES = 6;

/**
 * How many definite descriptions ("the council") of the DEFINITES_WINDOW paragraphs from body[g]
 * name a stem that body[from..g) (the story above, from its start) never used, as a share of
 * MOST_NEW_DEFINITES: a story goes on with "the" before what it introduced, a new story's "the"
 * names what the story above never did. Each paragraph's nouns are found once per table.
 */
export class StoryDefinites {
  private table: FeatureTable | undefined;
  private nouns: (readonly number[] | undefined)[] = [];
  private readonly known = new TermSet();

  newShare(table: FeatureTable, body: readonly number[], from: number, g: number): number {
    if (this.table !== table) {
      this.table = table;
      this.nouns = [];
    }
    this.known.clear();
    for (let k = from; k < g; k++) {
      const f = table.lexical(body[k] as number);
      const to = f.to(STEMS);
      for (let i = f.from(STEMS); i < to; i++) this.known.add(f.terms[i] as number);
    }
    let fresh = 0;
    const end = Math.min(body.length, g + DEFINITES_WINDOW);
    for (let k = g; k < end && fresh < MOST_NEW_DEFINITES; k++)
      for (const noun of this.nounsOf(table, body[k] as number)) if (!this.known.has(noun)) fresh++;
    return Math.min(fresh, MOST_NEW_DEFINITES) / MOST_NEW_DEFINITES;
  }

  private nounsOf(table: FeatureTable, at: number): readonly number[] {
    let nouns = this.nouns[at];
    if (nouns === undefined) {
      nouns = definiteNounsOf(table.text(at));
      this.nouns[at] = nouns;
    }
    return nouns;
  }
}
