import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";
import { compiledDataFingerprint } from "./compiled-data-fingerprint.js";
import type { CompiledParts } from "./compiled-data-layout.js";
import { restoreParts } from "./restore-parts.js";

const FILE = new URL("../dist/compiled-data.bin", import.meta.url);

/** The compiled bundled data of dist/compiled-data.bin, or undefined when absent or stale. */
export function readCompiledData(): CompiledParts | undefined {
  if (!existsSync(FILE)) return undefined;
  // The lead alone first: a stale file (or a test run from src/) does not read 9 MB for nothing.
  const fingerprint = compiledDataFingerprint();
  const lead = Buffer.alloc(200);
  const fd = openSync(FILE, "r");
  try {
    readSync(fd, lead, 0, lead.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!lead.toString("latin1").includes(fingerprint)) return undefined;
  return restoreParts(readFileSync(FILE), fingerprint);
}

/** Where `npm run build` writes the compiled data. */
export const COMPILED_DATA_FILE = FILE;
