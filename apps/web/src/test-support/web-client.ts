import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { type ParsedMail, simpleParser } from "mailparser";

/**
 * One reader's browser for `app.inject`: keeps cookies (the CSRF cookie) and a network address,
 * and posts forms the way a browser does.
 */
export class WebClient {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    readonly remoteAddress = "127.0.0.1",
  ) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({
        method: "GET",
        url,
        remoteAddress: this.remoteAddress,
        headers: { accept: "text/html", cookie: this.cookieHeader() },
      }),
    );
  }

  /** POSTs `fields` urlencoded (arrays become repeated fields), with this client's cookies. */
  async post(
    url: string,
    fields: Record<string, string | readonly string[]>,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const item of typeof value === "string" ? [value] : value) body.append(name, item);
    }
    return this.postRaw(url, body.toString(), {
      "content-type": "application/x-www-form-urlencoded",
      ...headers,
    });
  }

  async postRaw(
    url: string,
    payload: string | Buffer,
    headers: Record<string, string>,
  ): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({
        method: "POST",
        url,
        payload,
        remoteAddress: this.remoteAddress,
        headers: { accept: "text/html", cookie: this.cookieHeader(), ...headers },
      }),
    );
  }

  /** GETs a page with a form and returns its CSRF token (the cookie is kept). */
  async csrfTokenFrom(url: string): Promise<string> {
    const page = await this.get(url);
    const token = csrfTokenIn(page.body);
    if (!token) throw new Error(`no CSRF token on ${url} (status ${page.statusCode})`);
    return token;
  }

  /** The Cookie header this browser sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as { name: string; value: string }[]) {
      this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}

/** The `_csrf` hidden field of a page. */
export function csrfTokenIn(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

/** Every message in the outbox, parsed, oldest first. */
export async function outboxMessages(outboxDir: string): Promise<ParsedMail[]> {
  let files: string[];
  try {
    files = (await readdir(outboxDir)).filter((name) => name.endsWith(".eml"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  // By file time: Date headers have whole seconds, and a test sends several a second.
  const messages = await Promise.all(
    files.map(async (name) => {
      const file = join(outboxDir, name);
      return { at: (await stat(file)).mtimeMs, mail: await simpleParser(await readFile(file)) };
    }),
  );
  return messages.sort((a, b) => a.at - b.at).map((message) => message.mail);
}

/** The messages sent to `address`. */
export async function messagesTo(outboxDir: string, address: string): Promise<ParsedMail[]> {
  return (await outboxMessages(outboxDir)).filter((message) =>
    (Array.isArray(message.to) ? message.to : [message.to]).some((to) =>
      to?.value.some((entry) => entry.address === address),
    ),
  );
}

/** The first link in a message's text part that starts with `prefix`, made relative to the site. */
export function linkIn(message: ParsedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${path}\\?[^\\s]+)`).exec(message.text ?? "");
  if (!match?.[1]) throw new Error(`no ${path} link in "${message.subject}"`);
  return match[1];
}
