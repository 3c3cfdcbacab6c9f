/** node:dns's `resolveTxt`, or a stand-in: each record as its character-strings. */
export type ResolveTxt = (name: string) => Promise<string[][]>;

/**
 * A TXT lookup's answer: records (each record's strings joined, as RFC 7208 3.3 reads them),
 * none (`nxdomain` when the name does not exist at all), or a failure to ask.
 */
export type TxtLookup =
  | { kind: "found"; records: string[] }
  | { kind: "none"; nxdomain: boolean }
  | { kind: "failed"; reason: string };

/** Looks a name's TXT records up; never throws. */
export async function lookupTxt(resolveTxt: ResolveTxt, name: string): Promise<TxtLookup> {
  try {
    const records = (await resolveTxt(name)).map((strings) => strings.join(""));
    return records.length > 0 ? { kind: "found", records } : { kind: "none", nxdomain: false };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENODATA") return { kind: "none", nxdomain: false };
    if (code === "ENOTFOUND") return { kind: "none", nxdomain: true };
    return {
      kind: "failed",
      reason:
        typeof code === "string" ? code : error instanceof Error ? error.message : String(error),
    };
  }
}

/** The records that start with a tag such as `v=spf1` (case-insensitive, as RFC 7208 and 7489 say). */
export function recordsTagged(records: string[], version: RegExp): string[] {
  return records.map((record) => record.trim()).filter((record) => version.test(record));
}
