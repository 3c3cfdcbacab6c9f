import { access, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import type { Io } from "../io.js";

/**
 * The embedded database belongs to the running worker (PGlite has one owner), so the dumps go to
 * it through its inbox folder: written under a hidden name, then renamed, so the watcher never
 * sees half a file. With `wait`, waits for each to land in `done/` or `failed/`.
 */
export async function handToInbox(
  inboxDir: string,
  ownerPid: number,
  inputs: { name: string; content: Uint8Array }[],
  wait: boolean,
  io: Io,
): Promise<number> {
  await mkdir(inboxDir, { recursive: true });
  const names: string[] = [];
  for (const input of inputs) {
    const name = await freeInboxName(inboxDir, input.name);
    const hidden = join(inboxDir, `.${name}.part`);
    await writeFile(hidden, input.content);
    await rename(hidden, join(inboxDir, name));
    names.push(name);
    io.stderr.write(
      `${input.name}: handed to the running worker (process ${ownerPid}) through ${join(inboxDir, name)}\n`,
    );
  }
  if (!wait) return 0;
  let failed = 0;
  for (const name of names) {
    for (;;) {
      if (await exists(join(inboxDir, "done", name))) {
        io.stdout.write(`${name}: ingested\n`);
        break;
      }
      const errorFile = join(inboxDir, "failed", `${name}.error.txt`);
      if (await exists(errorFile)) {
        io.stdout.write(`${name}: failed: ${(await readFile(errorFile, "utf8")).trim()}\n`);
        failed++;
        break;
      }
      await delay(250);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** A name free in the inbox and in its done/ and failed/ folders, so the outcome can be found. */
async function freeInboxName(inboxDir: string, name: string): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? name : `${Date.now().toString(36)}-${n}-${name}`;
    const taken = await Promise.all(
      [
        join(inboxDir, candidate),
        join(inboxDir, "done", candidate),
        join(inboxDir, "failed", candidate),
      ].map(exists),
    );
    if (!taken.includes(true)) return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
