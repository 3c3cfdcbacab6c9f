import { type Branding, DEFAULT_BRANDING } from "./branding.js";
import { compileMjml } from "./compile-mjml.js";
import { InvalidLinkError, InvalidPublicUrlError } from "./errors.js";
import { editionTemplates } from "./templates.js";

/** A one-off email (a subscription confirmation, a notice) in the digest's style. */
export interface Notice {
  /** The subject, and the heading of the email. */
  title: string;
  /** The line inboxes show after the subject (default: the first paragraph). */
  preheader?: string | undefined;
  /** Plain text paragraphs before the button. */
  paragraphs: readonly string[];
  /** A small table of label and value, e.g. a subscription's choices. */
  rows?: readonly { label: string; value: string }[] | undefined;
  /**
   * The one thing to do: a button (drawn with VML in Outlook on Windows) and its raw address
   * below it, which wraps on a 375 px phone.
   */
  button?: { label: string; url: string } | undefined;
  /** Plain text paragraphs after the button. */
  closing?: readonly string[] | undefined;
  /** The web app's address, linked in the footer. */
  publicUrl: string;
  /** The desk's branding (name, accent, logo); today's look when absent. */
  branding?: Branding | undefined;
}

/** A rendered notice: the parts an `OutgoingEmail` of `@newsdesk/mail` takes. */
export interface RenderedNotice {
  subject: string;
  html: string;
  text: string;
}

/**
 * Renders a notice in the digest's look (masthead, panel, footer, dark mode), through the
 * same MJML head as the edition. Every value is text and is escaped. Throws InvalidLinkError
 * for a button address that is not absolute http(s).
 */
export async function renderNotice(notice: Notice): Promise<RenderedNotice> {
  let host: string;
  try {
    host = new URL(notice.publicUrl).host;
  } catch {
    throw new InvalidPublicUrlError(notice.publicUrl);
  }
  if (notice.button && !/^https?:\/\/[^\s"<>]+$/i.test(notice.button.url)) {
    throw new InvalidLinkError("button url", notice.button.url);
  }
  const view = {
    title: notice.title,
    preheader: notice.preheader ?? notice.paragraphs[0] ?? "",
    paragraphs: notice.paragraphs,
    rows: notice.rows ?? [],
    button: notice.button ?? null,
    closing: notice.closing ?? [],
    publicUrl: notice.publicUrl,
    publicHost: host,
    brand: notice.branding ?? DEFAULT_BRANDING,
  };
  const { html } = await compileMjml(editionTemplates().notice(view), {});
  return { subject: notice.title, html, text: noticeText(notice) };
}

/** The plain-text part: the same words, the address on a line of its own. */
function noticeText(notice: Notice): string {
  const width = Math.max(0, ...(notice.rows ?? []).map((row) => row.label.length + 1));
  const blocks = [
    [notice.title],
    ...notice.paragraphs.map((paragraph) => [paragraph]),
    (notice.rows ?? []).map((row) => `${`${row.label}:`.padEnd(width)} ${row.value}`),
    notice.button ? [`${notice.button.label}:`, notice.button.url] : [],
    ...(notice.closing ?? []).map((paragraph) => [paragraph]),
    [`${(notice.branding ?? DEFAULT_BRANDING).name} · ${notice.publicUrl}`],
  ];
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join("\n"))
    .join("\n\n");
}
