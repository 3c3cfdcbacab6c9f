/** Where the sign-in goes when it was not asked to return anywhere. */
export const DEFAULT_NEXT_PATH = "/admin";

/** Longer than any page of the app with its query; a longer `next` is not one of ours. */
const MAX_NEXT_LENGTH = 2048;

/**
 * A path of this site: one `/`, then printable ASCII only. No space, tab, CR/LF or other
 * control character (browsers strip tabs and newlines from URLs, so `/\t/evil.example` becomes
 * `//evil.example`, another host; CR/LF would also break the Location header), no backslash
 * (read as `/`), no non-ASCII (not allowed in a header).
 */
const SAME_ORIGIN_PATH = /^\/[\x21-\x5b\x5d-\x7e]*$/;

/** A `next` that is not a path of this site: a 400 page, never a redirect. */
export class UnsafeNextPathError extends Error {
  readonly statusCode = 400;
  constructor() {
    super(
      "That sign-in link would send you somewhere other than this site's own pages, so it was refused. Open /admin and sign in from there.",
    );
    this.name = "UnsafeNextPathError";
  }
}

/**
 * Where to return after signing in: `next` when it is a path of this site (`/outbox?x=1`),
 * `/admin` when there is none. Anything that could lead elsewhere (a scheme, `//`, a
 * backslash, control characters, whitespace, non-ASCII, more than 2 KB, several values) throws
 * `UnsafeNextPathError`, so the caller answers 400 rather than guess what was meant.
 */
export function safeNextPath(next: unknown): string {
  if (next === undefined || next === "") return DEFAULT_NEXT_PATH;
  if (
    typeof next !== "string" ||
    next.length > MAX_NEXT_LENGTH ||
    !SAME_ORIGIN_PATH.test(next) ||
    // `//host` anywhere: `/.//host` is `//host` once the dot segment is removed.
    next.includes("//")
  ) {
    throw new UnsafeNextPathError();
  }
  return next;
}
