import type { FeatureTable } from "./text-features.js";

/**
 * A yes-or-no question about one paragraph, answered once per paragraph of the table it was last
 * asked in: the decoder asks it at every gap scored, and a gap is scored again as the stretch's
 * start moves.
 */
export class ParagraphMemo {
  private table: FeatureTable | undefined;
  // Per paragraph of `table`: 0 not yet asked, 1 yes, 2 no.
  private answers = new Uint8Array(0);

  constructor(private readonly ask: (table: FeatureTable, at: number) => boolean) {}

  answer(table: FeatureTable, at: number): boolean {
    if (this.table !== table || this.answers.length !== table.paragraphs.length) {
      this.table = table;
      this.answers = new Uint8Array(table.paragraphs.length);
    }
    let answer = this.answers[at] as number;
    if (answer === 0) {
      answer = this.ask(table, at) ? 1 : 2;
      this.answers[at] = answer;
    }
    return answer === 1;
  }
}
