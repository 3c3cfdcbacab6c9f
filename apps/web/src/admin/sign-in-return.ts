import { DEFAULT_NEXT_PATH, safeNextPath, UnsafeNextPathError } from "./safe-next-path.js";

/** What a refused request says of itself: enough to send its browser back after signing in. */
export interface RefusedRequest {
  method: string;
  url: string;
  headers: { referer?: string | undefined; host?: string | undefined };
}

/**
 * The sign-in page a browser without a session is sent to, and where it returns after. A page
 * (GET) returns to itself. A form posted after the session ended cannot be replayed (its body is
 * gone, and GET on a form's action is no page), so it returns to the page the form was on (the
 * Referer, when it is this site's) or the desk, and the sign-in page says the change was not
 * saved.
 */
export function signInRedirect(request: RefusedRequest): string {
  if (request.method === "GET" || request.method === "HEAD") {
    return `/admin?next=${encodeURIComponent(request.url)}`;
  }
  const back = formPage(request.headers);
  const next = back === DEFAULT_NEXT_PATH ? "" : `&next=${encodeURIComponent(back)}`;
  return `/admin?done=not-saved${next}`;
}

function formPage(headers: RefusedRequest["headers"]): string {
  if (!headers.referer || !headers.host) return DEFAULT_NEXT_PATH;
  let referer: URL;
  try {
    referer = new URL(headers.referer);
  } catch {
    return DEFAULT_NEXT_PATH; // Not a URL: no page to return to.
  }
  if (referer.host !== headers.host) return DEFAULT_NEXT_PATH;
  try {
    return safeNextPath(`${referer.pathname}${referer.search}`);
  } catch (error) {
    if (error instanceof UnsafeNextPathError) return DEFAULT_NEXT_PATH;
    throw error;
  }
}
