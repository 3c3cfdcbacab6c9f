import { EventEmitter } from "node:events";
import { type FSWatcher, watch } from "node:fs";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "@newsdesk/config";
import { DEFAULT_MAX_BYTES } from "@newsdesk/parser";
import { DumpOverLimitError } from "../dump-over-limit.js";

export type InboxOutcome =
  | { file: string; status: "done"; dumpId: number }
  | { file: string; status: "failed"; error: string };

export interface InboxWatcher extends EventEmitter<{ processed: [InboxOutcome] }> {
  /** Looks at the folder now (it also looks on every change and every `pollMs`). */
  scan(): Promise<void>;
  close(): Promise<void>;
}

export interface InboxOptions {
  dir: string;
  /** Registers and queues a dump; resolves with its id. */
  submit(name: string, content: Uint8Array): Promise<{ dumpId: number }>;
  /** Resolves when the dump is parsed, or with the reason it failed. */
  waitForDump(
    dumpId: number,
    signal: AbortSignal,
  ): Promise<{ ok: true } | { ok: false; error: string }>;
  log: Logger;
  /** A file is taken once its size and mtime have not changed for this long. */
  settleMs?: number;
  pollMs?: number;
}

/**
 * Watches a folder for dumps: a file is ingested once it is completely written (unchanged for
 * `settleMs`), then moved to `done/`, or to `failed/` beside a `.error.txt` that says why.
 * Hidden files and names ending in `.part`, `.tmp` or `.crdownload` are left alone while they are
 * being written.
 */
export async function createInboxWatcher(options: InboxOptions): Promise<InboxWatcher> {
  const settleMs = options.settleMs ?? 1_000;
  const doneDir = join(options.dir, "done");
  const failedDir = join(options.dir, "failed");
  await mkdir(doneDir, { recursive: true });
  await mkdir(failedDir, { recursive: true });

  const emitter = new EventEmitter<{ processed: [InboxOutcome] }>();
  const seen = new Map<string, { size: number; mtimeMs: number; since: number }>();
  const busy = new Set<string>();
  const foldersSaid = new Set<string>();
  let closed = false;
  // On close, files being taken stay in the inbox: the next start takes them again, and the
  // store knows their bytes, so they are still ingested once.
  const closing = new AbortController();
  const taking = new Set<Promise<void>>();
  let scanning: Promise<void> | undefined;

  async function scanOnce(): Promise<void> {
    const entries = await readdir(options.dir, { withFileTypes: true });
    const now = Date.now();
    for (const entry of entries) {
      const name = entry.name;
      if (entry.isDirectory()) {
        sayFolderIsNotRead(name);
        continue;
      }
      if (!entry.isFile() || name.startsWith(".") || /\.(part|tmp|crdownload)$/i.test(name))
        continue;
      if (busy.has(name)) continue;
      const info = await stat(join(options.dir, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined; // moved away meanwhile
        throw error;
      });
      if (!info) continue;
      const last = seen.get(name);
      if (!last || last.size !== info.size || last.mtimeMs !== info.mtimeMs) {
        seen.set(name, { size: info.size, mtimeMs: info.mtimeMs, since: now });
        continue;
      }
      if (now - last.since < settleMs) continue;
      seen.delete(name);
      busy.add(name);
      const task = take(name).finally(() => {
        busy.delete(name);
        taking.delete(task);
      });
      taking.add(task);
    }
  }

  // A folder of dumps dropped in whole would otherwise wait there forever, unsaid: once a name.
  function sayFolderIsNotRead(name: string): void {
    if (name === "done" || name === "failed" || name.startsWith(".") || foldersSaid.has(name)) {
      return;
    }
    foldersSaid.add(name);
    options.log.warn(
      { inboxFolder: name },
      "the inbox does not read folders: move the dumps themselves into the inbox",
    );
  }

  async function take(name: string): Promise<void> {
    const path = join(options.dir, name);
    const log = options.log.child({ inboxFile: name });
    let outcome: InboxOutcome;
    try {
      // Refused unread: a file the parser would refuse is not worth holding in memory and the store.
      const { size } = await stat(path);
      if (size > DEFAULT_MAX_BYTES) throw new DumpOverLimitError(size);
      const content = await readFile(path);
      const { dumpId } = await options.submit(name, content);
      const result = await options.waitForDump(dumpId, closing.signal);
      if (closing.signal.aborted) return;
      outcome = result.ok
        ? { file: name, status: "done", dumpId }
        : { file: name, status: "failed", error: result.error };
    } catch (error) {
      if (closing.signal.aborted) return;
      outcome = {
        file: name,
        status: "failed",
        error: error instanceof Error ? error.message : String(error),
      };
    }
    try {
      if (outcome.status === "done") {
        await rename(path, await freeName(doneDir, name));
        log.info({ dumpId: outcome.dumpId }, "inbox dump ingested");
      } else {
        const target = await freeName(failedDir, name);
        await rename(path, target);
        await writeFile(`${target}.error.txt`, `${outcome.error}\n`);
        log.warn({ error: outcome.error }, "inbox dump failed");
      }
      emitter.emit("processed", outcome);
    } catch (error) {
      log.error({ err: error }, "could not move an inbox file");
    }
  }

  const scan = async () => {
    if (closed) return;
    scanning ??= scanOnce().finally(() => {
      scanning = undefined;
    });
    await scanning;
  };
  const scanLogged = () => {
    scan().catch((error: unknown) => options.log.error({ err: error }, "inbox scan failed"));
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(options.dir, scanLogged);
    watcher.on("error", (error) => options.log.warn({ err: error }, "inbox watch failed; polling"));
  } catch (error) {
    options.log.warn({ err: error }, "inbox cannot be watched; polling");
  }
  // Polling too: fs.watch misses events on network and container file systems, and a settling
  // file produces no event when it stops changing.
  const timer = setInterval(scanLogged, options.pollMs ?? Math.max(200, Math.floor(settleMs / 2)));
  timer.unref();
  scanLogged();

  return Object.assign(emitter, {
    scan,
    async close() {
      closed = true;
      closing.abort();
      clearInterval(timer);
      watcher?.close();
      await scanning;
      await Promise.all(taking);
    },
  });
}

/** `name` in `dir`, or `name` with a timestamp when a file of that name is already there. */
async function freeName(dir: string, name: string): Promise<string> {
  const plain = join(dir, name);
  const exists = await stat(plain).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  return exists ? join(dir, `${Date.now()}-${name}`) : plain;
}
