import { beatName } from "./beat-name.js";
import { type Branding, DEFAULT_BRANDING } from "./branding.js";
import { regionName } from "./regions.js";
import type { EditionItem, SegmentEdition } from "./types.js";
import { whyFiled } from "./why-filed.js";

/** The per-subscriber values filled into a compiled template. */
export const SLOT_NAMES = ["greeting", "unsubscribeUrl", "preferencesUrl"] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

const PREHEADER_MAX = 150;
/** A card's "why" line names at most this many words and places: a line, not a paragraph. */
const WHY_LIMITS = { maxTerms: 2, maxPlaces: 2 };
/** Longest subject: mail clients cut past ~70 characters, a phone's list at ~40. */
export const SUBJECT_MAX = 70;
/** A subject keeps "and N more" only while the lead's headline keeps this much of itself. */
const SUBJECT_MIN_HEADLINE = 30;

/**
 * What the templates show of a segment's edition: links built from `publicUrl`, display
 * names, and a marker string standing in for each per-subscriber slot. Pure data; the
 * templates escape it.
 */
export function templateData(
  edition: SegmentEdition,
  options: {
    publicUrl: string;
    slots: Record<SlotName, string>;
    browserUrl?: string | undefined;
    branding?: Branding | undefined;
  },
) {
  const branding = options.branding ?? DEFAULT_BRANDING;
  const base = options.publicUrl.replace(/\/+$/, "");
  const url = (articleId: number) => `${base}/articles/${articleId}`;
  const items = edition.sections.flatMap((section) => section.items);
  const regions = edition.sections.map((section) => section.name);
  const frequencyLabel = edition.frequency === "daily" ? "Daily" : "Weekly";
  const more = (count: number, one: string, many: string) =>
    `${count} more ${count === 1 ? one : many}`;
  const card = (item: EditionItem) => {
    const chips = item.beats.map(beatName);
    const alsoMore = item.alsoMore ?? 0;
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
      // null, not absent: the templates are compiled strict.
      why: whyFiled({ beat: item.beats[0], region: item.region }, item.evidence, WHY_LIMITS),
      also: item.also.map((other) => ({ headline: other.headline, url: url(other.articleId) })),
      // Folded reports not linked: counted, so the card says how many tell the story.
      alsoMore: alsoMore > 0 ? `${more(alsoMore, "report", "reports")} of this story` : null,
    };
  };
  const lead = edition.topStories[0];
  const subject = subjectLine(edition.frequency, lead?.headline, items.length - 1, branding.name);
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
    // null, not absent, for the optional parts: the templates are compiled strict.
    brand: {
      name: branding.name,
      nameUpper: branding.name.toUpperCase(),
      accentColour: branding.accentColour,
      logoUrl: branding.logoUrl,
      introLine: branding.introLine,
    },
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
      // The cap made visible, with what it left out: "4 more stories from Europe (6 of 10 shown)".
      more:
        section.more > 0
          ? {
              label: `${more(section.more, "story", "stories")} from ${section.name}`,
              shown: `${section.items.length} of ${section.items.length + section.more} shown`,
              url: options.browserUrl ? `${options.browserUrl}#${section.region}` : null,
            }
          : null,
    })),
  };
}

/**
 * "Newsdesk daily: <lead headline> and N more" (the newsletter's `name` first), at most
 * `SUBJECT_MAX` characters: without the
 * count when that keeps the headline whole, else the headline cut at a word (with an
 * ellipsis), and without the count when it would leave too little of the headline.
 */
export function subjectLine(
  frequency: string,
  headline: string | undefined,
  others: number,
  name: string = DEFAULT_BRANDING.name,
) {
  const prefix = `${name} ${frequency}`;
  if (!headline) return prefix;
  const clean = headline.replace(/\s+/g, " ").trim();
  const suffix = others > 0 ? ` and ${others} more` : "";
  const full = `${prefix}: ${clean}${suffix}`;
  if (full.length <= SUBJECT_MAX) return full;
  // A whole headline tells more than the count.
  const whole = `${prefix}: ${clean}`;
  if (whole.length <= SUBJECT_MAX) return whole;
  const room = SUBJECT_MAX - prefix.length - 2 - suffix.length;
  if (suffix && room >= SUBJECT_MIN_HEADLINE) return `${prefix}: ${truncate(clean, room)}${suffix}`;
  return `${prefix}: ${truncate(clean, SUBJECT_MAX - prefix.length - 2)}`;
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
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // At a word when there is one to cut at; a single long word is cut where it must be.
  const atWord = cut.replace(/[\s,;:–—-]+\S*$/, "");
  return `${atWord.length > 0 ? atWord : cut}…`;
}
