import { basename } from "node:path";

/**
 * A dump's name for the store and the logs: the client's file name without its folders and
 * control characters, at most 200 characters; `upload-<time>.txt` when none was given.
 */
export function uploadName(given: string | undefined, now: Date): string {
  const clean = basename((given ?? "").replace(/\\/g, "/"))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || `upload-${now.toISOString().replace(/[:.]/g, "-")}.txt`;
}
