import type { Head } from "./article-span.js";
import { isSourceLink } from "./line-kinds.js";
import type { Paragraph } from "./paragraphs.js";
import type { FeatureTable } from "./text-features.js";

/**
 * The heads without the hard breaks at a web address on a line of its own that open no prose
 * before the next explicit start (or the dump's end): a list of links, each address under its
 * title ("Safety at the pool", then its address, then the next title), or a run of addresses,
 * stands inside the story that lists them. An address pasted above an article is its source and
 * opens it; one above nothing but title-like lines and more addresses opens no article (its
 * body would hold no prose, a title-like line taken for its headline or not). The dump's first
 * article is kept whatever it holds.
 */
export function withoutLinkListBreaks(
  heads: Head[],
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
): Head[] {
  const features = table.paragraphs;
  return heads.filter((head, h) => {
    const span = head.span;
    if (h === 0 || span.start !== undefined) return true;
    if (!isSourceLink((paragraphs[span.first] as Paragraph).text)) return true;
    const end = (heads[h + 1] as Head | undefined)?.span.first ?? features.length;
    for (let k = head.bodyStart; k < end; k++) {
      const f = features[k];
      if (f?.kind === "text" && !f.headlineLike) return true;
    }
    return false;
  });
}
