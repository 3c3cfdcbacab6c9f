import { loadBranding } from "@newsdesk/digest";
import type { Branding } from "@newsdesk/newsletter";
import type { Sql } from "@newsdesk/store";

/** The desk's branding for the site's pages, read at most every few seconds per process. */
export interface BrandingSource {
  current(): Promise<Branding>;
  /** What this process just saved: its own pages show it at once. */
  saved(branding: Branding): void;
}

// Other web processes see a change within this time; this one at once.
const FRESH_MS = 5_000;

/**
 * Every page names the newsletter: a query per page (and per asset) would be wasted, so the
 * branding is kept for `FRESH_MS`, and a save on this process replaces it at once.
 */
export function createBrandingSource(db: Sql, clock: () => number = Date.now): BrandingSource {
  let kept: { at: number; branding: Promise<Branding> } | undefined;
  return {
    current() {
      const now = clock();
      if (!kept || now - kept.at > FRESH_MS) {
        const branding = loadBranding(db);
        kept = { at: now, branding };
        // A failed read is not kept: the next page asks again.
        branding.catch(() => {
          if (kept?.branding === branding) kept = undefined;
        });
      }
      return kept.branding;
    },
    saved(branding) {
      kept = { at: clock(), branding: Promise.resolve(branding) };
    },
  };
}
