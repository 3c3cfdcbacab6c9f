import { LONG_BEAT_FAR, LONG_BEAT_NEAR, RIGHT_WINDOW } from "./gap-windows.js";
import { MAX_PULL } from "./lede-pull.js";
import { type DecoderKnobs, decodeWindow, type LengthPrior } from "./segment-decoder.js";

/**
 * How far a decision may look: the window of body paragraphs decoded from the scan position,
 * and how far into it a start is taken (a later one is decided again from further on). A
 * window of 180, a little over twice the prior's table, chooses the first start that decoding
 * the whole stretch would (chained-decoding.test.ts: none differed on its generated stretches
 * under the prior learned now, 4 at 160 paragraphs, 7 at 120).
 */
export const DECODING_WINDOW = 180;
export const DECODING_COMMIT = 90;

/** What a chained decoding reads of a stretch of `length` body paragraphs. */
export interface StretchReader {
  length: number;
  /**
   * Calibrated log-odds of a boundary at gap g (before body[g]) in the article begun at
   * body[articleStart], or -Infinity where it is never a start. It may read what the
   * article said since articleStart, which makes it the same wherever the stretch was begun.
   */
  logOdds(g: number, articleStart: number): number;
  /**
   * Where the start chosen at gap g lands (a lede pulled back onto), in the article begun at
   * articleStart.
   */
  settle(articleStart: number, g: number): number;
  /**
   * Whether the text itself marks the article before gap g as ended, whatever its log-odds:
   * the start lands on a line that reads as a headline (segment-decoder.ts, `ShortEnd`).
   */
  plainEnd?(g: number): boolean;
}

/** A start the chained decoding chose: the gap, where it landed, and the article it ended. */
export interface ChainedStart {
  gap: number;
  at: number;
  articleStart: number;
}

/**
 * The headless starts of a stretch, decoded one at a time: from each start (the stretch's own
 * first), the `window` paragraphs after it are decoded (segment-decoder.ts) and only the
 * first start of their likeliest segmentation is kept, if it lies within `commit` of where the
 * window began (else none is, and the window moves on by that much). Each start so depends
 * only on the start before it and the window after that: a stretch begun at any of the starts
 * (as a piece of a large dump is) is decoded as it is within the whole stretch, and a piece's
 * decisions are the whole's up to a window before its end (DECODED_REACH).
 */
export function chainedStarts(
  reader: StretchReader,
  prior: LengthPrior,
  knobs: DecoderKnobs,
  window = DECODING_WINDOW,
  commit = DECODING_COMMIT,
): ChainedStart[] {
  const n = reader.length;
  const min = knobs.minParagraphs;
  const starts: ChainedStart[] = [];
  const gaps: number[] = [];
  const odds: number[] = [];
  const plain: boolean[] = [];
  // The open article began at `origin`; gaps before `scan` are no starts.
  let origin = 0;
  let scan = 0;
  for (;;) {
    const end = Math.min(n, scan + window);
    const open = end < n;
    gaps.length = odds.length = plain.length = 0;
    const last = open ? end - 1 : n - min;
    for (let g = Math.max(scan, origin + min); g <= last; g++) {
      const value = reader.logOdds(g, origin);
      if (value === Number.NEGATIVE_INFINITY) continue;
      gaps.push(g);
      odds.push(value);
      plain.push(reader.plainEnd?.(g) ?? false);
    }
    const first = decodeWindow({ origin, end, open }, gaps, odds, prior, knobs, plain)[0];
    if (first === undefined || (open && first >= scan + commit)) {
      if (!open) return starts;
      scan += commit;
      continue;
    }
    const at = reader.settle(origin, first);
    starts.push({ gap: first, at, articleStart: origin });
    origin = scan = at;
  }
}

/**
 * Paragraphs from a decoded start on that its decision and those before it read: the window
 * decoded from the start before it (which began at most MAX_PULL paragraphs after it, where a
 * lede was pulled back onto), the right-hand paragraphs of the window's last gaps (their gap
 * windows, or the whole articles' beat windows, which read further), and one more for a
 * paragraph a piece's end cuts short. A piece of a large dump trusts a decoded
 * start only with these inside it (parse-text.ts).
 */
export const DECODED_REACH =
  DECODING_WINDOW + MAX_PULL + Math.max(RIGHT_WINDOW, LONG_BEAT_NEAR + LONG_BEAT_FAR) + 1;
