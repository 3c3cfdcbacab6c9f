import { type DigestSchedule, type PreviewResult, renderPreview } from "@newsdesk/digest";
import { type Frequency, type Segment, segmentKey } from "@newsdesk/newsletter";
import type { Store } from "@newsdesk/store";

/** Renders previews, keeping the last few so the page, its frame and its text share a compile. */
export interface PreviewRenderer {
  render(frequency: Frequency, segment: Segment): Promise<PreviewResult>;
  /** Forgets every kept preview (a template changed). */
  clear(): void;
}

const MAX_KEPT = 32;
// What came in so far grows with the clock; a kept preview is reused within the same minute only.
const WINDOW_MS = 60_000;

/**
 * Kept by (frequency, segment, minute, articles stamp): a new or reclassified article, a new
 * minute or a template change renders again. MJML compiles cost tens of milliseconds; the
 * page and its frame ask for the same email one after the other.
 */
export function createPreviewRenderer(deps: {
  store: Pick<Store, "db" | "articlesStamp">;
  publicUrl: string;
  schedule?: DigestSchedule | undefined;
}): PreviewRenderer {
  const kept = new Map<string, Promise<PreviewResult>>();
  return {
    async render(frequency, segment) {
      const now = Date.now();
      const stamp = await deps.store.articlesStamp();
      const key = `${frequency}|${segmentKey(segment)}|${Math.floor(now / WINDOW_MS)}|${stamp}`;
      let pending = kept.get(key);
      if (!pending) {
        pending = renderPreview(deps.store.db, {
          frequency,
          segment,
          publicUrl: deps.publicUrl,
          now: new Date(now),
          schedule: deps.schedule,
        });
        kept.set(key, pending);
        pending.catch(() => kept.delete(key));
        if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string);
      }
      return pending;
    },
    clear() {
      kept.clear();
    },
  };
}
