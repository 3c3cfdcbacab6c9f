import { beatName } from "./beat-name.js";
import { regionName } from "./regions.js";
import type { EditionItem, SegmentEdition } from "./types.js";

/** The per-subscriber values filled into a compiled template. */
export const SLOT_NAMES = ["greeting", "unsubscribeUrl", "preferencesUrl"] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

const PREHEADER_MAX = 150;

/**
 * What the templates show of a segment's edition: links built from `publicUrl`, display
 * names, and a marker string standing in for each per-subscriber slot. Pure data; the
 * templates escape it.
 */
export function templateData(
  edition: SegmentEdition,
  options: { publicUrl: string; slots: Record<SlotName, string>; browserUrl?: string | undefined },
) {
  const base = options.publicUrl.replace(/\/+$/, "");
  const url = (articleId: number) => `${base}/articles/${articleId}`;
  const items = edition.sections.flatMap((section) => section.items);
  const regions = edition.sections.map((section) => section.name);
  const frequencyLabel = edition.frequency === "daily" ? "Daily" : "Weekly";
  const card = (item: EditionItem) => {
    const chips = item.beats.map(beatName);
    const contributors = joinNames(item.contributors);
    return {
      headline: item.headline,
      url: url(item.articleId),
      summary: item.summary,
      chips,
      contributors,
      metaLine: [
        chips.length > 0 ? `[${chips.join(" | ")}]` : "",
        contributors ? `By ${contributors}` : "",
      ]
        .filter(Boolean)
        .join(" "),
      also: item.also.map((other) => ({ headline: other.headline, url: url(other.articleId) })),
    };
  };
  const lead = edition.topStories[0];
  const subject = lead
    ? `Newsdesk ${edition.frequency}: ${lead.headline}${items.length > 1 ? ` and ${items.length - 1} more` : ""}`
    : `Newsdesk ${edition.frequency}`;
  const preheader = truncate(
    edition.topStories.length > 1
      ? edition.topStories
          .slice(1)
          .map((item) => item.headline)
          .join(" · ")
      : (lead?.summary ?? ""),
    PREHEADER_MAX,
  );
  return {
    subject,
    preheader,
    frequency: edition.frequency,
    frequencyLabel,
    dateLabel: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
      edition.periodEnd,
    ),
    intro: `${items.length} ${items.length === 1 ? "story" : "stories"} from ${joinNames(regions)}.`,
    segmentLabel: segmentLabel(edition),
    slots: options.slots,
    // null, not absent: the templates are compiled strict.
    browserUrl: options.browserUrl ?? null,
    topStories: edition.topStories.map((item, index) => ({
      number: index + 1,
      headline: item.headline,
      url: url(item.articleId),
      regionName: regionName(item.region),
    })),
    sections: edition.sections.map((section) => ({
      region: section.region,
      name: section.name,
      heading: section.name.toUpperCase(),
      items: section.items.map(card),
    })),
  };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function segmentLabel(edition: SegmentEdition): string {
  const regions = edition.segment.regions.map(regionName);
  const beats = edition.segment.beats.map(beatName);
  return [joinNames(regions), joinNames(beats)].filter(Boolean).join(": ");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}
