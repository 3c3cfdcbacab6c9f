import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";

/** A captured email as its recipient's client would show it. */
export interface ReadEmail {
  subject: string;
  from: string;
  to: string;
  date: Date | null;
  html: string | null;
  text: string | null;
  /** Every header in order, as written (folded lines joined). */
  headers: { name: string; value: string }[];
}

/** Parses an outbox file (MIME, as the transport wrote it); undefined when it is gone. */
export async function readOutboxEmail(dir: string, name: string): Promise<ReadEmail | undefined> {
  let source: Buffer;
  try {
    source = await readFile(join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const parsed = await simpleParser(source, { skipImageLinks: true });
  return {
    subject: parsed.subject ?? "(no subject)",
    from: parsed.from?.text ?? "",
    to: (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : [])
      .map((address) => address.text)
      .join(", "),
    date: parsed.date ?? null,
    html: typeof parsed.html === "string" ? parsed.html : null,
    text: parsed.text ?? null,
    headers: parsed.headerLines.map((line) => ({
      // As written (`List-Unsubscribe`), not mailparser's lower-cased key.
      name: line.line.slice(0, line.line.indexOf(":")).trim() || line.key,
      value: line.line
        .slice(line.line.indexOf(":") + 1)
        .replace(/\r?\n[ \t]+/g, " ")
        .trim(),
    })),
  };
}
