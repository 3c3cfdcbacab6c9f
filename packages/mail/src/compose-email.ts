import type { SendMailOptions } from "nodemailer";

/** One email as the digest hands it to a transport: already filled for its subscriber. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Deterministic: see `messageIdFor`. */
  messageId: string;
  /** The subscriber's one-click unsubscribe address (https, POSTed to by the mailbox provider). */
  unsubscribeUrl: string;
  /** A mailto: address for clients that do not POST (`mailto:unsubscribe@...?subject=...`). */
  unsubscribeMailto: string;
  /** RFC 2919 list id, e.g. `daily.news.example.org`. */
  listId?: string | undefined;
}

/**
 * The nodemailer message for an email: both parts, the deterministic Message-ID and the
 * RFC 2369 / RFC 8058 unsubscribe headers. nodemailer's `list` option cannot emit
 * `List-Unsubscribe-Post`, so both headers are set directly. No tracking of any kind.
 */
export function composeEmail(from: string, email: OutgoingEmail): SendMailOptions {
  const headers: Record<string, string> = {
    "List-Unsubscribe": `<${email.unsubscribeUrl}>, <${email.unsubscribeMailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    // Bulk mail: keeps out-of-office replies away.
    "Auto-Submitted": "auto-generated",
    Precedence: "bulk",
  };
  if (email.listId) headers["List-Id"] = `<${email.listId}>`;
  return {
    from,
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    messageId: email.messageId,
    headers,
    // Never turn addresses or links into anything else; the HTML is sent as it was rendered.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
