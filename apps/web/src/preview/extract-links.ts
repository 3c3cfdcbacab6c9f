import { Parser } from "htmlparser2";

/** A link of an email, once per address, with the texts it is shown as. */
export interface EmailLink {
  href: string;
  /** The link texts, tags stripped and entities of the common kind decoded. */
  texts: string[];
  count: number;
}

/** Where a link goes, for the link check. */
export type LinkKind =
  | { kind: "internal"; path: string }
  | { kind: "external" }
  | { kind: "mailto" }
  | { kind: "invalid"; reason: string };

/**
 * Every `<a href>` of an HTML email, in order of first appearance, each address once, read
 * with htmlparser2 (entities decoded, as a mail client would).
 */
export function extractLinks(html: string): EmailLink[] {
  const links = new Map<string, EmailLink>();
  // The anchor being read: its address and the text seen so far (nested tags' text included).
  let open: { href: string; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === "a" && attributes.href !== undefined) {
        open = { href: attributes.href.trim(), text: "" };
      }
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(name) {
      if (name !== "a" || !open) return;
      const { href } = open;
      const text = open.text.replace(/\s+/g, " ").trim();
      const link = links.get(href) ?? { href, texts: [], count: 0 };
      link.count++;
      if (text && !link.texts.includes(text)) link.texts.push(text);
      links.set(href, link);
      open = undefined;
    },
  });
  parser.write(html);
  parser.end();
  return [...links.values()];
}

/**
 * Internal when it points at this app (`publicUrl`'s origin and path prefix): the check can
 * ask the app itself. Anything else on the web is external (not fetched: the check must not
 * call out from a server).
 */
export function classifyLink(href: string, publicUrl: string): LinkKind {
  if (/^mailto:/i.test(href)) return { kind: "mailto" };
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: "invalid", reason: "not an absolute address: mail clients cannot open it" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { kind: "invalid", reason: `${url.protocol} links are not allowed in emails` };
  }
  const base = new URL(publicUrl);
  const prefix = base.pathname.replace(/\/+$/, "");
  if (
    url.origin === base.origin &&
    (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`))
  ) {
    return { kind: "internal", path: `${url.pathname.slice(prefix.length) || "/"}${url.search}` };
  }
  return { kind: "external" };
}
