import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { endianness } from "node:os";
import { COMPILED_DATA_FORMAT } from "./compiled-data-layout.js";
import { DATA_FILES } from "./load-data.js";

/**
 * A hash of the data files and of the code beside this module (the built .js files of dist/;
 * none when running from src/, so tests compile from data/), so that a change to either
 * leaves the file unused until the next build.
 */
export function compiledDataFingerprint(): string {
  const hash = createHash("sha256").update(COMPILED_DATA_FORMAT).update(endianness());
  for (const name of DATA_FILES) {
    hash.update(name).update(readFileSync(new URL(`../data/${name}`, import.meta.url)));
  }
  const here = new URL(".", import.meta.url);
  for (const name of readdirSync(here).sort()) {
    if (name.endsWith(".js")) hash.update(name).update(readFileSync(new URL(name, here)));
  }
  return hash.digest("hex");
}
