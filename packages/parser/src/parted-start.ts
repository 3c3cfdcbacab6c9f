import { ArticleSoFar } from "./article-so-far.js";
import { emptySpan } from "./article-span.js";
import { holdsBodyText } from "./content-paragraphs.js";
import { headAt } from "./head-at.js";
import type { Paragraph } from "./paragraphs.js";
import { holdsInnerStop } from "./sentence-titles.js";
import type { FeatureTable } from "./text-features.js";
import type { Opening } from "./weak-halves.js";

/**
 * How a parting of weak or short halves opens the article it makes: under the headline the text
 * shows there, as a start found gap by gap is (headAt where an article is known to start) and as
 * a piece of a large dump cut at that start reads its first line; else headless. Opened bare, a
 * parted start at a story's own title gave the title to the body and a derived headline in its
 * place, and the piece begun there took the title for the headline. A line of two sentences is
 * no title here: the parting found the start from the words alone, and such a line opening a
 * story without its title was a teaser or a standfirst (every one of three on folds 1 and 2,
 * `npm run headline-census`), where the titles the parting opened at held one sentence. Null
 * where the opened article would hold no prose (its headline and credits run to `last`): no
 * article, so the span is not parted there.
 */
export function headOpening(paragraphs: readonly Paragraph[], table: FeatureTable): Opening {
  return (at, last) => {
    // At an article's boundary headAt reads no story above: a fresh one stands in.
    const head = headAt(paragraphs, table, at, true, new ArticleSoFar(table));
    if (head === null) return emptySpan(at);
    const title = head.span.headline;
    if (title !== null && holdsInnerStop((paragraphs[title] as Paragraph).text)) {
      return emptySpan(at);
    }
    return holdsBodyText(table.paragraphs, head.bodyStart, last) ? head.span : null;
  };
}
