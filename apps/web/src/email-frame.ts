import type { FastifyReply } from "fastify";
import { linksInNewTab } from "./links-in-new-tab.js";

/**
 * An email shown in a frame of the app: no script at all, its own inline styles allowed (email
 * HTML is styled inline), images from anywhere an email may load them, no forms, and the
 * `sandbox` directive so it runs as a unique origin even when opened on its own.
 */
export const EMAIL_FRAME_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data: https:",
  "font-src data: https:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation",
].join("; ");

/**
 * Sends an email's HTML (or its plain text) for an `<iframe sandbox>` of the app; the HTML's
 * links open in a new tab (`linksInNewTab`).
 */
export function sendEmailFrame(
  reply: FastifyReply,
  body: string,
  type: "html" | "text",
): FastifyReply {
  return reply
    .header("content-security-policy", EMAIL_FRAME_CSP)
    .header("referrer-policy", "no-referrer")
    .header("cache-control", "no-store")
    .type(type === "html" ? "text/html; charset=utf-8" : "text/plain; charset=utf-8")
    .send(type === "html" ? linksInNewTab(body) : body);
}
