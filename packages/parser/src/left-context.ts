import { type DumpClosers, NO_CLOSERS } from "./dump-closers.js";
import { LEFT_WINDOW, RECENT_WINDOW } from "./gap-windows.js";
import type { LexicalFeatures } from "./lexical-features.js";
import type { MeasuredGaps } from "./measured-gaps.js";
import { KEYS, STEMS, SURNAMES } from "./term-store.js";
import { TermWindow } from "./term-window.js";
import type { FeatureTable } from "./text-features.js";
import { TopicContext } from "./topic-features.js";

/**
 * What the paragraphs before a gap, back to the start of the current article, have said.
 * Moving to a later gap updates the windows by the paragraphs that enter and leave them, so
 * scanning a long stretch costs the same per gap however long the windows are. One context
 * serves a dump: `reset` points it at the next stretch.
 */
export class LeftContext {
  readonly keys = new TermWindow(KEYS);
  readonly surnames = new TermWindow(SURNAMES);
  readonly stems = new TermWindow(STEMS);
  readonly topics: TopicContext;
  /**
   * Whether gaps are read with the briefs' gap model, not the whole articles' (segment.ts sets it;
   * decoderGapModel reads it).
   */
  readsBriefsGaps = false;
  /**
   * The gaps' evidence measured in another reading of the dump, where it is kept for this one
   * (segment.ts); else each gap is measured afresh.
   */
  measuredGaps: MeasuredGaps | undefined;
  /**
   * Whether gaps are read with the short stories' gap model, fitted on dumps of briefs, which
   * alone reads vocabularyDivergence (segment.ts sets it for a dump decoded as short stories;
   * decoderGapModel and measure-gap.ts read it).
   */
  readsShortStoryGaps = false;
  /** The lines closing the dump's stories above its explicit starts (segment.ts sets them). */
  closers: DumpClosers = NO_CLOSERS;
  /** Where the current article begins, as a body index (see moveTo). */
  segmentStart = 0;
  private body: readonly number[] = [];

  constructor(private readonly table: FeatureTable) {
    this.topics = new TopicContext(table);
  }

  /** Starts over on another stretch of body paragraphs. */
  reset(body: readonly number[]): void {
    this.body = body;
    this.keys.clear();
    this.surnames.clear();
    this.stems.clear();
    this.topics.reset(body);
  }

  private readonly at = (k: number): LexicalFeatures => this.table.lexical(this.body[k] as number);

  /** Positions the windows on the gap before body[g], in the article begun at body[segmentStart]. */
  moveTo(segmentStart: number, g: number): void {
    this.segmentStart = segmentStart;
    this.keys.cover(Math.max(segmentStart, g - LEFT_WINDOW), g, this.at);
    this.surnames.cover(Math.max(segmentStart, g - LEFT_WINDOW), g, this.at);
    this.stems.cover(Math.max(segmentStart, g - RECENT_WINDOW), g, this.at);
  }
}
