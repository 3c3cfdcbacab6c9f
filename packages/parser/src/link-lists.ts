import type { ParagraphFeatures } from "./text-features.js";

// "Related", "More on this story", "Read next": the label of a list of links to other stories.
const LINK_LIST_LABEL =
  /^(?:related(?: (?:coverage|stories|articles|content|reading|links))?|more (?:on this (?:story|topic)|stories|coverage|news|from [^.]{2,40})|read next|read more|see also|also read|further reading|recommended(?: for you| stories| reading)?|you (?:may|might) also (?:like|be interested in)|top stories|latest news|most (?:read|popular|viewed|shared))\s*:?$/i;

// Lists are short; a longer run of headline-like lines is something else.
const MAX_LINKS = 8;

/** A label that opens a list of links to other stories. */
export function isLinkListLabel(text: string): boolean {
  return text.length <= 60 && LINK_LIST_LABEL.test(text);
}

/**
 * Whether the prose from `at` reads as the story under `headline`: ledes repeat their
 * headline's words, where a link to another story has nothing to do with what follows it.
 */
function introduces(headline: string, texts: readonly string[], at: number): boolean {
  const words = (headline.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5));
  if (words.length === 0) return false;
  const prose = `${texts[at] ?? ""} ${texts[at + 1] ?? ""}`.toLowerCase();
  const shared = words.filter((w) => prose.includes(w)).length;
  return shared * 3 >= words.length;
}

/**
 * Pages pasted whole bring their lists of links to other stories: a label, then other
 * stories' headlines, one a line. Those headlines start nothing, so the label and the links
 * become furniture (`boilerplate`). The last headline-like line is left alone when a byline
 * follows it, or prose that reads as its story: that is the next article's own headline.
 */
export function markLinkLists(texts: readonly string[], features: ParagraphFeatures[]): void {
  for (let i = 0; i < features.length; i++) {
    if (!isLinkListLabel(texts[i] as string)) continue;
    let end = i + 1;
    while (end < features.length && end - i <= MAX_LINKS && features[end]?.headlineLike) end++;
    const next = features[end];
    const last = texts[end - 1] as string;
    const opensStory =
      next?.kind === "byline" ||
      (next?.kind === "text" && !next.headlineLike && introduces(last, texts, end));
    if (end > i + 1 && opensStory) end--;
    for (let k = i; k < end; k++) (features[k] as ParagraphFeatures).kind = "boilerplate";
    i = end - 1;
  }
}
