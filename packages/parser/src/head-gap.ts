import { emptyGapFeatures, type GapFeatures } from "./gap-features.js";
import { RIGHT_WINDOW } from "./gap-windows.js";
import { LeftContext } from "./left-context.js";
import { gapFeatures } from "./measure-gap.js";
import type { FeatureTable } from "./text-features.js";

// Body paragraphs before a would-be headline that its gap is measured against, as the gap
// evidence's left window reads them.
const LEFT_PARAGRAPHS = 25;
// Paragraphs above it looked through for those: a column of headline-like lines or debris is
// not read back to the article's start for every line of it.
const LEFT_SCAN = 2 * LEFT_PARAGRAPHS;
// Paragraphs under it looked through for the right window's text: debris between is passed
// over, a column of it is not read to its end.
const RIGHT_SCAN = 4 * RIGHT_WINDOW;

/**
 * The gap evidence across a headline-like line inside an article's run: the gap between the
 * article's text above the line and the paragraph under it, measured as a gap without a
 * headline is (gap-features.ts), the line itself left out. A real headline sits where the
 * vocabulary and the cast break; a subhead sits where they go on.
 */
export class HeadGap {
  private readonly context: LeftContext;
  private readonly body: number[] = [];
  private readonly features = emptyGapFeatures();

  constructor(private readonly table: FeatureTable) {
    this.context = new LeftContext(table);
  }

  /**
   * The gap features of paragraph k (the text under the line at h) in the article begun at
   * paragraph `first`. The returned object is reused by the next call.
   */
  across(first: number, h: number, k: number): GapFeatures {
    const features = this.table.paragraphs;
    const body = this.body;
    body.length = 0;
    const from = Math.max(first, h - LEFT_SCAN);
    for (let p = h - 1; p >= from && body.length < LEFT_PARAGRAPHS; p--) {
      const f = features[p];
      if (f?.kind === "text" && !f.headlineLike) body.push(p);
    }
    body.reverse();
    const g = body.length;
    const end = Math.min(features.length, k + RIGHT_SCAN);
    for (let p = k; p < end && body.length < g + RIGHT_WINDOW; p++)
      if (features[p]?.kind === "text") body.push(p);
    this.context.reset(body);
    this.context.moveTo(0, g);
    return gapFeatures(this.context, this.table, body, g, this.features);
  }
}
