import { formatBytes } from "@newsdesk/config";
import type { Branding } from "./branding.js";
import { compileMjml } from "./compile-mjml.js";
import { type CompiledText, compiledText } from "./compiled-text.js";
import { InvalidPublicUrlError } from "./errors.js";
import { normalizeSegment, segmentKey, selectSegment } from "./select-segment.js";
import { SLOT_NAMES, type SlotName, templateData } from "./template-data.js";
import { editionTemplates } from "./templates.js";
import { cardCount, trimSegment } from "./trim-segment.js";
import type { Edition, Segment, SegmentEdition } from "./types.js";

/** One segment's email, compiled once; `fillForSubscriber` makes each subscriber's copy. */
export interface SegmentTemplate {
  /** `segmentKey(segment)`: subscribers with this key share the template. */
  key: string;
  segment: Segment;
  subject: string;
  preheader: string;
  html: CompiledText;
  text: CompiledText;
  /** The articles shown as cards, in order (folded near-duplicates not included). */
  articleIds: readonly number[];
  /** Stories the email shows (`articleIds.length`): the count to quote anywhere else. */
  storyCount: number;
  /**
   * Set when the email would have passed `maxHtmlBytes` and its least salient cards were left
   * out (each region's "N more" counts them); `warnings` says so too, for the editor.
   */
  trimmed: { storiesLeftOut: number; htmlBytesBefore: number; htmlBytes: number } | null;
  /**
   * For the editor: a trim to stay under Gmail's clipping size, and MJML's own warnings with a
   * `soft` validation level (none with `strict`).
   */
  warnings: readonly string[];
}

/**
 * Gmail clips an email whose HTML passes 102 KiB, hiding the rest (footer and unsubscribe
 * link included). A compiled template stays 2 KiB under it, for the greeting and the links
 * filled in per subscriber.
 */
export const MAX_TEMPLATE_HTML_BYTES = 100 * 1024;

export interface RenderOptions {
  /** Where the web app is: cards link to `${publicUrl}/articles/:id`. */
  publicUrl: string;
  /** MJML validation; `strict` (the default) throws TemplateValidationError on any problem. */
  validationLevel?: "strict" | "soft";
  /** Minify the HTML (default true): keeps big editions under Gmail's ~102 KiB clipping size. */
  minify?: boolean;
  /**
   * The edition as a web page (`${publicUrl}/archive/:id`): a "View in your browser" link, and
   * each region's "N more stories" link (`#region`).
   */
  browserUrl?: string | undefined;
  /** Largest compiled HTML, in bytes (default `MAX_TEMPLATE_HTML_BYTES`); past it, cards go. */
  maxHtmlBytes?: number;
  /** The desk's branding (name, accent, logo, intro line); today's look when absent. */
  branding?: Branding | undefined;
}

/** Trims after this many compiles at most: each keeps fewer cards, in proportion to the excess. */
const MAX_TRIMS = 6;

/**
 * Renders a segment's email: narrows the edition (`selectSegment`), fills the templates,
 * compiles the MJML once and cuts the HTML and text at the per-subscriber slots. Returns null
 * when the segment has nothing to show. An email past `maxHtmlBytes` (Gmail's clipping size)
 * loses its least salient cards until it fits, and says so in `trimmed` and `warnings`.
 * Non-ASCII text in the HTML becomes numeric character references, so the compiled HTML is a
 * one-byte string and filling it stays cheap.
 */
export async function renderSegment(
  edition: Edition,
  segment: Segment,
  options: RenderOptions,
): Promise<SegmentTemplate | null> {
  checkPublicUrl(options.publicUrl);
  let selected = selectSegment(edition, segment);
  if (!selected) return null;
  const maxBytes = options.maxHtmlBytes ?? MAX_TEMPLATE_HTML_BYTES;
  let compiled = await compile(selected, options);
  const firstBytes = compiled.html.length;
  const firstCards = cardCount(selected);
  for (let trims = 0; compiled.html.length > maxBytes && trims < MAX_TRIMS; trims++) {
    const cards = cardCount(selected);
    if (cards <= 1) break;
    const keep = Math.min(
      cards - 1,
      Math.floor(((cards * maxBytes) / compiled.html.length) * 0.95),
    );
    selected = trimSegment(selected, keep);
    compiled = await compile(selected, options);
  }
  const { view, html, text, markers } = compiled;
  const articleIds = selected.sections.flatMap((section) => section.items.map((i) => i.articleId));
  const warnings = [...compiled.warnings];
  const trimmed =
    articleIds.length < firstCards
      ? {
          storiesLeftOut: firstCards - articleIds.length,
          htmlBytesBefore: firstBytes,
          htmlBytes: html.length,
        }
      : null;
  if (trimmed) {
    warnings.unshift(
      `the email was ${formatBytes(firstBytes)}, past its ${formatBytes(maxBytes)} limit (Gmail clips an email past 102 KiB): its ${trimmed.storiesLeftOut === 1 ? "least salient story" : `${trimmed.storiesLeftOut} least salient stories`} of ${firstCards} ${trimmed.storiesLeftOut === 1 ? "was" : "were"} left out to make it ${formatBytes(html.length)} (each region's "more" link counts them). Lower the cap per region or the "also" links per card to keep them`,
    );
  }
  if (html.length > maxBytes) {
    warnings.unshift(
      `the email is ${formatBytes(html.length)} even with one story, past its ${formatBytes(maxBytes)} limit (Gmail clips an email past 102 KiB). Shorten that story's headline and summary`,
    );
  }
  return {
    key: segmentKey(segment),
    segment: normalizeSegment(segment),
    subject: view.subject,
    preheader: view.preheader,
    html: compiledText(html, markers),
    text: compiledText(text, markers),
    articleIds,
    storyCount: articleIds.length,
    trimmed,
    warnings,
  };
}

/** One MJML compile of a segment's edition: the view, the ASCII HTML and the text. */
async function compile(selected: SegmentEdition, options: RenderOptions) {
  const markers = slotMarkers(JSON.stringify(selected));
  const view = templateData(selected, {
    publicUrl: options.publicUrl,
    slots: markers,
    browserUrl: options.browserUrl,
    branding: options.branding,
  });
  const templates = editionTemplates();
  const { html, warnings } = await compileMjml(templates.mjml(view), options);
  return { view, html, text: templates.text(view), warnings, markers };
}

/**
 * A marker per slot that occurs nowhere in the edition's data (`=nd0:greeting=`, or with
 * another number when an article happens to contain that text). In the HTML, escaping turns
 * `=` in article text into `&#x3D;`, so only the template can produce a marker.
 */
function slotMarkers(data: string): Record<SlotName, string> {
  let n = 0;
  while (data.includes(`=nd${n}:`)) n++;
  return Object.fromEntries(SLOT_NAMES.map((name) => [name, `=nd${n}:${name}=`])) as Record<
    SlotName,
    string
  >;
}

function checkPublicUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidPublicUrlError(value);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InvalidPublicUrlError(value);
}
