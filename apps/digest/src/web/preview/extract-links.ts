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

const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a>/gi;

/** Every `<a href>` of an HTML email, in order of first appearance, each address once. */
export function extractLinks(html: string): EmailLink[] {
  const links = new Map<string, EmailLink>();
  for (const match of html.matchAll(ANCHOR)) {
    const href = decodeEntities((match[1] ?? match[2] ?? match[3] ?? "").trim());
    const text = decodeEntities(
      (match[4] ?? "")
        .replace(/<[^>]*>/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    );
    const link = links.get(href) ?? { href, texts: [], count: 0 };
    link.count++;
    if (text && !link.texts.includes(text)) link.texts.push(text);
    links.set(href, link);
  }
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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
