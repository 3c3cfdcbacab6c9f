import { writeFileSync } from "node:fs";

/** Where the learned parameters live in the source tree (the tools run from dist-tools). */
export const LEARNED_DIR = new URL("../../src/learned/", import.meta.url);

const HEADER = "// Written by `npm run train` from the newsroom corpus: do not edit by hand.\n\n";

/** Writes a learned-data module: the header, then the body. */
export function writeLearned(name: string, body: string): void {
  writeFileSync(new URL(name, LEARNED_DIR), HEADER + body);
}
