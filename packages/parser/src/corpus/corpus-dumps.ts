import {
  type ComposedDump,
  composeDump,
  type Layout,
  seededRandom,
  shuffled,
} from "../test-support/compose-dump.js";
import type { FixtureArticle } from "../test-support/fixture-articles.js";
import type { CorpusArticle } from "./corpus-articles.js";

/** The layouts users paste in: one paragraph a line, blank-line separated, hard-wrapped. */
export const CORPUS_LAYOUTS = ["lines", "blank", "wrapped"] as const satisfies readonly Layout[];
export type CorpusLayout = (typeof CORPUS_LAYOUTS)[number];

/** The rows the eval and the error tools print: each layout of whole articles, then the briefs. */
export const EVAL_ROWS: readonly { name: string; layout: CorpusLayout; briefs: boolean }[] = [
  ...CORPUS_LAYOUTS.map((layout) => ({ name: layout, layout, briefs: false })),
  { name: "briefs", layout: "lines", briefs: true },
];

export interface CorpusDumpOptions {
  layout: CorpusLayout;
  seed: number;
  /** Articles a dump. */
  perDump?: number;
  /** Most articles taken from one outlet, so the big ones do not drown the rest. */
  perOutlet?: number;
  /** Share of articles pasted without their headline (and byline). */
  headlessRate?: number;
  /** Share of the articles with authors that are pasted with a byline under the headline. */
  bylineRate?: number;
  /**
   * Each article cut to its first BRIEF_PARAGRAPHS paragraphs, as wire briefs and a regional
   * broadcaster's stories are pasted: short stories one after another, each under a short
   * headline or none, a shape the corpus's whole web articles seldom have.
   */
  briefs?: boolean;
  /** How many paragraphs a brief keeps, at least and at most: BRIEF_PARAGRAPHS unless given. */
  briefParagraphs?: BriefParagraphs;
}

export interface BriefParagraphs {
  least: number;
  most: number;
}

// The paragraphs a brief keeps: two to five, the length of the wire and broadcast stories users
// paste one after another.
const BRIEF_PARAGRAPHS: BriefParagraphs = { least: 2, most: 5 };

/**
 * A corpus article as the composer takes it: its own paragraphs, debris and all, and a byline
 * from its authors some of the time.
 */
function asFixture(
  article: CorpusArticle,
  withByline: boolean,
  keep = article.paragraphs.length,
): FixtureArticle {
  return {
    id: `${article.source}/${article.id}`,
    headline: article.title,
    dek: null,
    byline: withByline && article.authors ? `By ${article.authors}` : null,
    dateline: null,
    paragraphs: article.paragraphs.slice(0, keep),
    contributorLine: null,
    contributors: [],
    region: "",
    beats: [],
  };
}

/**
 * Dumps pasted from the given articles, one outlet at a time (as a user pastes from one site),
 * with the truth of where each article landed.
 */
export function* corpusDumps(
  articles: readonly CorpusArticle[],
  options: CorpusDumpOptions,
): Generator<ComposedDump> {
  const perDump = options.perDump ?? 8;
  const perOutlet = options.perOutlet ?? 60;
  const byOutlet = new Map<string, CorpusArticle[]>();
  for (const a of articles) {
    const list = byOutlet.get(a.source) ?? [];
    list.push(a);
    byOutlet.set(a.source, list);
  }
  const random = seededRandom(options.seed);
  let seed = options.seed * 7919;
  for (const source of [...byOutlet.keys()].sort()) {
    const picked = shuffled(byOutlet.get(source) ?? [], seed++).slice(0, perOutlet);
    for (let from = 0; from < picked.length; from += perDump) {
      const group = picked
        .slice(from, from + perDump)
        .map((a) =>
          asFixture(
            a,
            random() < (options.bylineRate ?? 0.5),
            options.briefs
              ? briefLength(random, options.briefParagraphs ?? BRIEF_PARAGRAPHS)
              : undefined,
          ),
        );
      yield composeDump(group, {
        layout: options.layout,
        headlessRate: options.headlessRate ?? 0.5,
        duplicateHeadlineRate: 0,
        eol: "\n",
        wrapWidth: 60 + Math.floor(random() * 21),
        seed: seed++,
      });
    }
  }
}

function briefLength(random: () => number, { least, most }: BriefParagraphs): number {
  return least + Math.floor(random() * (most - least + 1));
}
