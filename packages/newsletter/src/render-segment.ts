import { type CompiledText, compiledText } from "./compiled-text.js";
import { InvalidPublicUrlError, TemplateValidationError } from "./errors.js";
import { normalizeSegment, segmentKey, selectSegment } from "./select-segment.js";
import { SLOT_NAMES, type SlotName, templateData } from "./template-data.js";
import { editionTemplates } from "./templates.js";
import type { Edition, Segment } from "./types.js";

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
  /** MJML's own warnings with a `soft` validation level; always empty with `strict`. */
  warnings: readonly string[];
}

export interface RenderOptions {
  /** Where the web app is: cards link to `${publicUrl}/articles/:id`. */
  publicUrl: string;
  /** MJML validation; `strict` (the default) throws TemplateValidationError on any problem. */
  validationLevel?: "strict" | "soft";
  /** Minify the HTML (default true): keeps big editions under Gmail's ~102 KB clipping size. */
  minify?: boolean;
  /** The edition as a web page (`${publicUrl}/archive/:id`): a "View in your browser" link. */
  browserUrl?: string | undefined;
}

type Mjml2html = typeof import("mjml").default;
let mjml: Promise<Mjml2html> | undefined;

/** mjml takes ~0.5 s to load: loaded on the first render, once per process. */
function loadMjml(): Promise<Mjml2html> {
  mjml ??= import("mjml").then((module) => module.default);
  return mjml;
}

/**
 * Renders a segment's email: narrows the edition (`selectSegment`), fills the templates,
 * compiles the MJML once and cuts the HTML and text at the per-subscriber slots. Returns null
 * when the segment has nothing to show. Non-ASCII text in the HTML becomes numeric
 * character references, so the compiled HTML is a one-byte string and filling it stays
 * cheap.
 */
export async function renderSegment(
  edition: Edition,
  segment: Segment,
  options: RenderOptions,
): Promise<SegmentTemplate | null> {
  checkPublicUrl(options.publicUrl);
  const selected = selectSegment(edition, segment);
  if (!selected) return null;
  const markers = slotMarkers(JSON.stringify(selected));
  const view = templateData(selected, {
    publicUrl: options.publicUrl,
    slots: markers,
    browserUrl: options.browserUrl,
  });
  const templates = editionTemplates();
  const mjml2html = await loadMjml();
  let result: Awaited<ReturnType<Mjml2html>>;
  try {
    result = await mjml2html(templates.mjml(view), {
      validationLevel: options.validationLevel ?? "strict",
      minify: options.minify ?? true,
      keepComments: true,
      fonts: {},
      // htmlnano cannot reach mjml's nested cssnano; the stylesheet is small and hand-written.
      minifyOptions: { minifyCss: false },
    });
  } catch (error) {
    const details = (error as { errors?: { formattedMessage: string }[] }).errors;
    if (details) throw new TemplateValidationError(details.map((e) => e.formattedMessage));
    throw error;
  }
  // A flat one-byte copy: filled copies of a two-byte (UTF-16) V8 string cost ~50x more.
  const html = Buffer.from(asciiHtml(result.html)).toString();
  return {
    key: segmentKey(segment),
    segment: normalizeSegment(segment),
    subject: view.subject,
    preheader: view.preheader,
    html: compiledText(html, markers),
    text: compiledText(templates.text(view), markers),
    articleIds: selected.sections.flatMap((section) => section.items.map((i) => i.articleId)),
    warnings: result.errors.map((e) => e.formattedMessage),
  };
}

/** Replaces every non-ASCII character by its numeric character reference. */
export function asciiHtml(html: string): string {
  return html.replace(/[\u0080-\u{10ffff}]/gu, (char) => `&#${char.codePointAt(0)};`);
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
