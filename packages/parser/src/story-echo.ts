import { STEM_IDF } from "./term-idf.js";
import { TermSet } from "./term-set.js";
import type { TermWindow } from "./term-window.js";
import type { FeatureTable } from "./text-features.js";

// The article's last paragraphs whose draw on what came before each is the baseline.
const OWN = 3;

// The stems of the two paragraphs right before the gap: a stem they hold was counted in the
// window after the paragraphs before them.
const lastStems = new TermSet();
const secondLastStems = new TermSet();

/**
 * How much less the would-be lede body[g] draws on the article above it than the article's own
 * last paragraphs drew on what came before each, as 0.5 + that fall clamped to [0, 1]: a story
 * keeps drawing on its own words and names, a new one does not. `story` counts the stems of the
 * article above, body[from] to body[g - 1] (LeftContext.story). Relative to the article's own
 * paragraphs, not absolute, so a long article's wide vocabulary is no proxy for its length; the
 * whole article above is read (up to the window), not the last few paragraphs the cohesion
 * features read. 0.5 where fewer than two paragraphs precede the gap.
 */
export function storyEchoFall(
  story: TermWindow,
  table: FeatureTable,
  body: readonly number[],
  from: number,
  g: number,
): number {
  if (g - from < 2) return 0.5;
  const stemsAt = (k: number) => table.lexical(body[k] as number).stems;
  lastStems.clear();
  for (const t of stemsAt(g - 1)) lastStems.add(t);
  secondLastStems.clear();
  if (g - 2 >= from) for (const t of stemsAt(g - 2)) secondLastStems.add(t);
  let own = 0;
  let counted = 0;
  for (let k = Math.max(from + 1, g - OWN); k < g; k++) {
    // Paragraph k and those after it up to the gap, which the window counts as well.
    const behind = g - k;
    let shared = 0;
    let total = 0;
    for (const t of stemsAt(k)) {
      const weight = STEM_IDF.get(t);
      total += weight;
      let later = 1;
      if (behind >= 2 && lastStems.has(t)) later++;
      if (behind >= 3 && secondLastStems.has(t)) later++;
      if (story.count(t) > later) shared += weight;
    }
    own += total === 0 ? 0 : shared / total;
    counted++;
  }
  let shared = 0;
  let total = 0;
  for (const t of stemsAt(g)) {
    const weight = STEM_IDF.get(t);
    total += weight;
    if (story.count(t) > 0) shared += weight;
  }
  const lede = total === 0 ? 0 : shared / total;
  return Math.min(1, Math.max(0, 0.5 + own / counted - lede));
}
