import type { SendMailOptions } from "nodemailer";
import type { EncodedBody } from "./encoded-body.js";
import { MailConfigError } from "./errors.js";
import { fromAddressOf } from "./sender-domain.js";

/** One email as the digest hands it to a transport: already filled for its subscriber. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  /** A string, or a body already encoded (see `encodeTemplate`): sent as it is. */
  html: string | EncodedBody;
  text: string | EncodedBody;
  /** See `messageIdFor`: the same for every attempt at one delivery, never reused by another. */
  messageId: string;
  /**
   * The subscriber's one-click unsubscribe address (https, POSTed to by the mailbox provider).
   * Omitted (with the mailto) for a transactional email such as a subscription confirmation:
   * it goes to no list, so it carries no list headers.
   */
  unsubscribeUrl?: string | undefined;
  /** A mailto: address for clients that do not POST (`mailto:unsubscribe@...?subject=...`). */
  unsubscribeMailto?: string | undefined;
  /** RFC 2919 list id, e.g. `daily.news.example.org`: one per list (daily and weekly differ). */
  listId?: string | undefined;
  /** The list's label shown by mail clients, e.g. `Newsdesk daily` (needs `listId`). */
  listName?: string | undefined;
  /** The From name (the desk's branding) in place of `MAIL_FROM`'s own; its address stays. */
  fromName?: string | undefined;
}

/**
 * The nodemailer message for an email: both parts, the deterministic Message-ID and the
 * RFC 2369 / RFC 8058 unsubscribe headers. nodemailer's `list` option cannot emit
 * `List-Unsubscribe-Post`, so both headers are set directly. No tracking of any kind.
 */
export function composeEmail(from: string, email: OutgoingEmail): SendMailOptions {
  const headers: Record<string, string | { prepared: true; value: string }> = {
    // Keeps out-of-office replies away.
    "Auto-Submitted": "auto-generated",
  };
  if (email.unsubscribeUrl) {
    const mailto = email.unsubscribeMailto ? `, <${email.unsubscribeMailto}>` : "";
    headers["List-Unsubscribe"] = `<${email.unsubscribeUrl}>${mailto}`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
    headers.Precedence = "bulk";
  }
  // Prepared: written as it is (nodemailer would MIME-encode the quoted label whole, and a
  // List-Id filter would no longer see the id). `listIdHeader` makes it safe to write.
  if (email.listId) {
    headers["List-Id"] = { prepared: true, value: listIdHeader(email.listId, email.listName) };
  }
  return {
    from: fromWithName(from, email.fromName),
    to: email.to,
    subject: email.subject,
    html: part("text/html", email.html),
    text: part("text/plain", email.text),
    messageId: email.messageId,
    headers,
    // Never turn addresses or links into anything else; the HTML is sent as it was rendered.
    disableFileAccess: true,
    disableUrlAccess: true,
    // Newsletter text is mostly Latin: quoted-printable, chosen here rather than by nodemailer
    // scanning every character of both parts twice per message (a tenth of a send's CPU).
    textEncoding: "quoted-printable",
  };
}

/**
 * `"Newsdesk daily" <daily.news.example.org>` (RFC 2919: a phrase, then the id in angle
 * brackets). The label is quoted, its quotes and backslashes escaped and control characters
 * dropped, so a label can never add a header; a label with non-ASCII characters goes as one
 * RFC 2047 encoded word.
 */
export function listIdHeader(listId: string, listName?: string): string {
  if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(listId)) {
    throw new MailConfigError(
      `List-Id ${JSON.stringify(listId.slice(0, 80))} is not a dotted name like daily.news.example.org: build it from the list and the mail domain`,
    );
  }
  const label = listName
    ?.replace(/\p{Cc}+/gu, " ")
    .trim()
    .slice(0, 60);
  if (!label) return `<${listId}>`;
  if (/[^\u0020-\u007e]/.test(label)) {
    return `=?UTF-8?B?${Buffer.from(label).toString("base64")}?= <${listId}>`;
  }
  return `"${label.replace(/["\\]/g, "\\$&")}" <${listId}>`;
}

/** An encoded body goes in as the whole MIME part, so nodemailer does not encode it again. */
function part(type: string, body: string | EncodedBody): string | { raw: string } {
  if (typeof body === "string") return body;
  return {
    raw: `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body.quotedPrintable}`,
  };
}

/**
 * `MAIL_FROM` with another display name: an address object, so nodemailer quotes or encodes
 * the name and it can never add a header. `MAIL_FROM` as it is without a name.
 */
function fromWithName(from: string, name: string | undefined): SendMailOptions["from"] {
  const address = fromAddressOf(from);
  const clean = name?.replace(/[\p{Cc}\s]+/gu, " ").trim();
  if (!clean || !address) return from;
  return { name: clean, address };
}
