import { RIGHT_WINDOW } from "./gap-windows.js";
import { sharedEitherSide } from "./lede-pull.js";
import type { FeatureTable } from "./text-features.js";

/**
 * Moves a decoded start at body[cut] one paragraph on when its first paragraph reads as the
 * story above's close rather than the next story's lede: it shares more names and content words
 * with the paragraphs above it than with those below (as many paragraphs either side, and at
 * least one word), and the paragraph under it reads more like a lede. The mirror of
 * pullBoundaryBack, for a start the decoder took one paragraph early (a lede-like last paragraph
 * of a short story taken into the next). The story below keeps at least `min` paragraphs.
 */
export function pushBoundaryOn(
  table: FeatureTable,
  body: readonly number[],
  segmentStart: number,
  cut: number,
  min: number,
  end = body.length,
): number {
  const next = cut + 1;
  if (end - next < min || table.paragraphs[body[cut] as number]?.headlineLike) return cut;
  const first = table.lexical(body[cut] as number);
  const under = table.lexical(body[next] as number);
  if (under.ledeLike <= first.ledeLike) return cut;
  const { before, after } = sharedEitherSide(table, body, segmentStart, cut, RIGHT_WINDOW);
  return before > after && before >= 1 ? next : cut;
}
