import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** A captured email's file in the outbox. */
export interface OutboxFile {
  name: string;
  bytes: number;
  modifiedAt: Date;
}

// What `messageFileName` (packages/mail) writes: Message-ID characters, then `.eml`.
const FILE_NAME = /^[A-Za-z0-9_@-][A-Za-z0-9._@-]{0,250}\.eml$/;

/**
 * The outbox file a URL names, or undefined: only names the outbox itself writes, so `..`,
 * slashes, encoded separators and anything that is not an `.eml` never reach the file system.
 */
export function outboxFileName(name: unknown): string | undefined {
  if (typeof name !== "string" || !FILE_NAME.test(name) || name.includes("..")) return undefined;
  return name;
}

/** The outbox's `.eml` files, newest first; none when the folder does not exist yet. */
export async function listOutbox(dir: string, limit = 200): Promise<OutboxFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files = await Promise.all(
    names
      .filter((name) => outboxFileName(name) !== undefined)
      .map(async (name) => {
        try {
          const info = await stat(join(dir, name));
          return { name, bytes: info.size, modifiedAt: info.mtime };
        } catch (error) {
          // Rewritten (renamed over) between readdir and stat: listed on the next visit.
          if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
          throw error;
        }
      }),
  );
  return files
    .filter((file): file is OutboxFile => file !== undefined)
    .sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime() || (a.name < b.name ? -1 : 1))
    .slice(0, limit);
}
