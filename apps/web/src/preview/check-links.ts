import type { FastifyInstance } from "fastify";
import { classifyLink, type EmailLink, extractLinks } from "./extract-links.js";

/** One link of the email and what the check found. */
export interface CheckedLink extends EmailLink {
  kind: "internal" | "external" | "mailto" | "invalid" | "subscriber";
  /** `ok`, `broken` or `not checked`. */
  verdict: "ok" | "broken" | "unchecked";
  /** What was found, for the reader: "200", "404 Page not found", "external: not fetched". */
  note: string;
}

const CONCURRENCY = 8;

interface LinkCheckOptions {
  publicUrl: string;
  subscriberUrls: readonly string[];
  /** The app's pages are asked for as the desk: an article not mailed yet is there for it. */
  adminToken: string;
}

/**
 * Every link of an email: this app's own links are asked of the app itself (`app.inject`, no
 * network), so a card whose article page is missing shows up as broken; external sites are
 * listed but not fetched (a server fetching arbitrary URLs is a risk, and slow). Links that
 * are signed per subscriber (`subscriberUrls`) are only named.
 */
export async function checkLinks(
  app: FastifyInstance,
  html: string,
  options: LinkCheckOptions,
): Promise<CheckedLink[]> {
  const links = extractLinks(html);
  const checked: CheckedLink[] = new Array(links.length);
  let next = 0;
  const work = async () => {
    while (next < links.length) {
      const index = next++;
      checked[index] = await checkOne(app, links[index] as EmailLink, options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, links.length) }, work));
  return checked;
}

async function checkOne(
  app: FastifyInstance,
  link: EmailLink,
  options: LinkCheckOptions,
): Promise<CheckedLink> {
  if (options.subscriberUrls.includes(link.href)) {
    return {
      ...link,
      kind: "subscriber",
      verdict: "unchecked",
      note: "signed for each subscriber when sent",
    };
  }
  const where = classifyLink(link.href, options.publicUrl);
  switch (where.kind) {
    case "internal": {
      const response = await app.inject({
        method: "GET",
        url: where.path,
        headers: { accept: "text/html", authorization: `Bearer ${options.adminToken}` },
      });
      const ok = response.statusCode < 400;
      return {
        ...link,
        kind: "internal",
        verdict: ok ? "ok" : "broken",
        note: ok
          ? `${response.statusCode}`
          : `${response.statusCode}: fix the link or the page it points to`,
      };
    }
    case "external":
      return { ...link, kind: "external", verdict: "unchecked", note: "another site: not fetched" };
    case "mailto":
      return { ...link, kind: "mailto", verdict: "unchecked", note: "an email address" };
    case "invalid":
      return { ...link, kind: "invalid", verdict: "broken", note: where.reason };
  }
}
