import type { CompiledText } from "./compiled-text.js";
import { InvalidLinkError } from "./errors.js";
import type { SegmentTemplate } from "./render-segment.js";
import type { SlotName } from "./template-data.js";

/** What differs from one subscriber of a segment to the next. */
export interface SubscriberValues {
  /** Plain text, e.g. "Good morning, Ana." (escaped for the HTML part). */
  greeting: string;
  /** Absolute http(s) URLs. */
  unsubscribeUrl: string;
  preferencesUrl: string;
}

/** One subscriber's email, ready for a transport. */
export interface FilledEmail {
  subject: string;
  preheader: string;
  html: string;
  text: string;
}

/**
 * Fills a subscriber's greeting and links into a compiled segment template: string
 * concatenation, no MJML (microseconds, against milliseconds for a compile). Values are
 * HTML-escaped for the HTML part and kept as they are for the text part.
 */
export function fillForSubscriber(
  template: SegmentTemplate,
  values: SubscriberValues,
): FilledEmail {
  const slots = slotValues(values);
  return {
    subject: template.subject,
    preheader: template.preheader,
    html: fill(template.html, slots.html),
    text: fill(template.text, slots.text),
  };
}

/**
 * What goes into each slot of the HTML part (escaped) and of the text part (as it is), for a
 * caller that fills the cut templates itself (the digest fills them already encoded for
 * sending). Throws InvalidLinkError for a link that is not http(s).
 */
export function slotValues(values: SubscriberValues): {
  html: Record<SlotName, string>;
  text: Record<SlotName, string>;
} {
  checkLink("unsubscribeUrl", values.unsubscribeUrl);
  checkLink("preferencesUrl", values.preferencesUrl);
  const text: Record<SlotName, string> = {
    greeting: values.greeting,
    unsubscribeUrl: values.unsubscribeUrl,
    preferencesUrl: values.preferencesUrl,
  };
  return {
    html: {
      greeting: escapeHtml(values.greeting),
      unsubscribeUrl: escapeHtml(values.unsubscribeUrl),
      preferencesUrl: escapeHtml(values.preferencesUrl),
    },
    text,
  };
}

function fill(compiled: CompiledText, values: Record<SlotName, string>): string {
  let out = compiled.chunks[0] ?? "";
  for (let i = 0; i < compiled.slots.length; i++) {
    out += values[compiled.slots[i] as SlotName] + (compiled.chunks[i + 1] ?? "");
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
}

function checkLink(field: string, value: string): void {
  if (!/^https?:\/\/[^\s"<>]+$/i.test(value)) throw new InvalidLinkError(field, value);
}
