import { countOf, formatBytes } from "@newsdesk/config";
import { beatName, regionName, whyFiled } from "@newsdesk/newsletter";
import type { DeskArticle, DeskDump } from "@newsdesk/store";
import { boundaryView } from "./boundary-confidence.js";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** Characters of an article's lede the dump's page shows. */
const EXCERPT_CHARS = 220;

/** A dump's line on `/admin/dumps`. */
export function dumpListItem(dump: DeskDump) {
  return {
    id: dump.id,
    href: `/admin/dumps/${dump.id}`,
    name: dump.name,
    when: `${timeFormat.format(new Date(dump.createdAt))} UTC`,
    size: formatBytes(dump.bytes),
    status: dump.status,
    failed: dump.status === "failed",
    error: dump.error,
    articles: dump.articleCount ?? 0,
    newCount: dump.newCount ?? 0,
    knownCount: dump.knownCount ?? 0,
    failedCount: dump.failedCount,
    warnings: dump.warningCount ?? 0,
    edited: dump.editedCount,
    lowConfidence: dump.lowConfidenceCount,
  };
}

/** What the dump's page shows of one article as cut, with what an editor can do to it. */
export function dumpArticleItem(dumpId: number, article: DeskArticle, index: number) {
  const lede = article.paragraphs[0] ?? "";
  return {
    id: article.id,
    number: index + 1,
    anchor: `article-${article.id}`,
    editHref: `/admin/dumps/${dumpId}/articles/${article.id}`,
    actionBase: `/admin/dumps/${dumpId}/articles/${article.id}`,
    headline: article.headline,
    derived: article.headlineSource === "derived" && !article.headlineEdited,
    headlineEdited: article.headlineEdited,
    dek: article.dek,
    excerpt: lede.length > EXCERPT_CHARS ? `${lede.slice(0, EXCERPT_CHARS).trimEnd()}…` : lede,
    paragraphs: countOf(article.paragraphs.length, "paragraph"),
    wordCount: article.wordCount,
    lines: `${article.startLine}–${article.endLine}`,
    boundary: boundaryView(article.startConfidence),
    beats: article.beats.slice(0, 3).map((beat, rank) => ({
      name: beatName(beat.id),
      primary: rank === 0,
    })),
    regions: article.regions.slice(0, 3).map((region, rank) => ({
      name: regionName(region.id),
      primary: rank === 0,
    })),
    why: whyFiled({ beat: article.beats[0]?.id, region: article.regions[0]?.id }, article.evidence),
    classified: article.classified,
    classifyError: article.classifyError,
    hidden: article.hidden,
    mergedInto: article.mergedInto,
    splitFrom: article.splitFrom,
    edited: article.editedBy
      ? `${article.editedBy}, ${timeFormat.format(new Date(article.editedAt ?? 0))} UTC`
      : null,
    canMerge: index > 0 && !article.hidden,
  };
}

/** Notices after an action, by the `done` query parameter (never text from the request). */
export const DONE_NOTICES: Readonly<Record<string, string>> = {
  edited: "Saved. The preview and the next edition use the change.",
  merged: "Merged into the article above; the merged one is hidden from editions.",
  split: "Split in two. The new article has the first one's beats and regions: check them.",
  hidden: "Hidden: no edition will carry this article.",
  shown: "Shown again: editions of its period can carry it.",
};
