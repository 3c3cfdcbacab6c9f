import type { FixtureArticle } from "./fixture-articles.js";

/**
 * lines: one paragraph per line; spaced: the same with a blank line between articles;
 * blank: blank lines between paragraphs; wrapped: that, hard-wrapped at `wrapWidth`.
 */
export type Layout = "lines" | "spaced" | "blank" | "wrapped";

export interface ComposeOptions {
  layout: Layout;
  /** Share of articles pasted without headline, dek or byline. */
  headlessRate: number;
  /** Share of headlines pasted twice, as web pages show them. */
  duplicateHeadlineRate: number;
  eol: "\n" | "\r\n";
  wrapWidth: number;
  seed: number;
  /**
   * Share of body paragraphs followed by a line of web-page debris (a caption, a share button,
   * a credit), as pastes from news sites carry; with any, a publication time under each
   * headline too. 0 or omitted: none.
   */
  debrisRate?: number;
}

// Debris written for the project in the shapes news sites use.
const DEBRIS = [
  "Advertisement",
  "Share this article",
  "Photo: Ragna Solberg/Norland Wire",
  "Image: Ferry passengers wait on the pier at Granvik.",
  "Getty Images",
  "Teodor Vance/AFP via Getty Images",
  "Read more: The week in pictures",
  "Listen to this article · 4 min",
  "5 min read",
  "Most read",
  "Follow us on X",
  "Watch: Floodwater sweeps through the valley",
];
const TIMESTAMPS = [
  "Tue 3 Mar 2026 14.02 GMT",
  "Published: 10:32 AM EST, Mon March 2, 2026",
  "Updated March 4, 2026",
  "2026-03-03 14:02",
  "3 hours ago",
];

export interface TruthArticle {
  id: string;
  startLine: number;
  endLine: number;
  headline: string | null;
  dek: string | null;
  contributors: string[];
}

export interface ComposedDump {
  text: string;
  truth: TruthArticle[];
}

/** A small seeded generator, so every composed dump can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Greedy wrap; with `hyphens`, a hyphenated word that does not fit is broken after a hyphen. */
export function wrap(text: string, width: number, hyphens = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const fits = (piece: string) => line.length === 0 || line.length + 1 + piece.length <= width;
    if (fits(word)) {
      line = line.length > 0 ? `${line} ${word}` : word;
      continue;
    }
    const cut = hyphens ? word.lastIndexOf("-") : -1;
    if (cut > 0 && /\p{Ll}/u.test(word[cut + 1] ?? "") && fits(word.slice(0, cut + 1))) {
      lines.push(`${line} ${word.slice(0, cut + 1)}`);
      line = word.slice(cut + 1);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Blocks of lines with a blank line between each two. */
export function blankSeparated(blocks: string[][]): string[] {
  return blocks.flatMap((block, i) => (i === 0 ? block : ["", ...block]));
}

/** Pastes fixture articles one after another in a layout, and records where each one landed. */
export function composeDump(
  articles: readonly FixtureArticle[],
  options: ComposeOptions,
): ComposedDump {
  const random = seededRandom(options.seed);
  const out: string[] = [];
  const truth: TruthArticle[] = [];
  const separated = options.layout === "blank" || options.layout === "wrapped";
  const paragraph = (text: string) => {
    if (separated && out.length > 0) out.push("");
    if (options.layout === "wrapped") out.push(...wrap(text, options.wrapWidth));
    else out.push(text);
  };
  for (const article of articles) {
    const headless = random() < options.headlessRate;
    if (options.layout === "spaced" && out.length > 0) out.push("");
    const startLine = out.length + (separated && out.length > 0 ? 2 : 1);
    const debris = options.debrisRate ?? 0;
    const pick = (lines: readonly string[]) => lines[Math.floor(random() * lines.length)] as string;
    if (!headless) {
      paragraph(article.headline);
      if (random() < options.duplicateHeadlineRate) paragraph(article.headline);
      if (debris > 0) paragraph(pick(TIMESTAMPS));
      if (article.dek) paragraph(article.dek);
      if (article.byline) paragraph(article.byline);
    }
    article.paragraphs.forEach((text, i) => {
      paragraph(i === 0 && article.dateline ? `${article.dateline} ${text}` : text);
      if (debris > 0 && random() < debris) paragraph(pick(DEBRIS));
    });
    if (article.contributorLine) paragraph(article.contributorLine);
    truth.push({
      id: article.id,
      startLine,
      endLine: out.length,
      headline: headless ? null : article.headline,
      dek: headless ? null : article.dek,
      contributors: headless ? contributorsOfLine(article) : article.contributors,
    });
  }
  return { text: out.join(options.eol) + options.eol, truth };
}

// A headless paste loses its byline, so only the contributor line's people remain.
function contributorsOfLine(article: FixtureArticle): string[] {
  const line = article.contributorLine ?? "";
  return article.contributors.filter((name) => line.includes(name));
}

/** Shuffles a copy with the seeded generator. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Precision, recall and F1 of predicted article start lines against the truth. */
export function boundaryScores(predicted: readonly number[], expected: readonly number[]) {
  const want = new Set(expected);
  const hits = predicted.filter((line) => want.has(line)).length;
  const precision = predicted.length === 0 ? 0 : hits / predicted.length;
  const recall = expected.length === 0 ? 1 : hits / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, hits };
}
