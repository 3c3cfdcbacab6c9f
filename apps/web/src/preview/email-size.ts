import { formatBytes } from "@newsdesk/config";

/**
 * Gmail clips a message whose HTML is over about 102 KiB ("[Message clipped] View entire
 * message"), hiding the end of the email: the footer with the unsubscribe link among it.
 */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** How close an email's HTML is to Gmail's clipping size. */
export interface EmailSize {
  bytes: number;
  /** "48.2 KiB" (Gmail counts in 1 024 bytes) */
  label: string;
  limitLabel: string;
  /** Share of the limit used, 0..100+, rounded. */
  percent: number;
  /** `ok` below 80 %, `near` up to the limit, `clipped` over it. */
  level: "ok" | "near" | "clipped";
}

/** The UTF-8 size of an email's HTML against Gmail's clipping limit. */
export function emailSize(html: string, limit = GMAIL_CLIP_BYTES): EmailSize {
  const bytes = Buffer.byteLength(html, "utf8");
  const percent = Math.round((bytes / limit) * 100);
  return {
    bytes,
    label: formatBytes(bytes),
    limitLabel: formatBytes(limit),
    percent,
    level: bytes > limit ? "clipped" : percent >= 80 ? "near" : "ok",
  };
}
