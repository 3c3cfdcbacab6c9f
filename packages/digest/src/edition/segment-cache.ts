import type { EncodedTemplate } from "@newsdesk/mail";
import {
  type Branding,
  DEFAULT_BRANDING,
  type Edition,
  type Segment,
  type SegmentTemplate,
  type SlotName,
  segmentKey,
} from "@newsdesk/newsletter";
import { editionBrowserUrl } from "./edition-links.js";
import { renderSegmentParts } from "./render-segment-parts.js";

export interface SegmentCacheOptions {
  /** Loads an edition's stored content (once per edition per process). */
  loadEdition(editionId: number): Promise<Edition>;
  /**
   * The desk's branding, read with each edition (once per edition per process, so one process
   * sends an edition in one look); today's look when not given.
   */
  loadBranding?: (() => Promise<Branding>) | undefined;
  publicUrl: string;
  /** Compiled templates kept; the oldest go first (a few editions' segments fit easily). */
  maxEntries?: number | undefined;
  /** Called after each MJML compile (for counting: compiles must be one per segment). */
  onCompile?: ((editionId: number, key: string, ms: number) => void) | undefined;
  /**
   * Compiles and encodes a segment: `renderSegmentParts` on this thread unless given (the
   * deliver worker passes its render pool's, to keep its event loop free).
   */
  render?: typeof renderSegmentParts | undefined;
}

/** A segment's compiled template, with its parts quoted-printable encoded for sending. */
export interface PreparedSegment {
  template: SegmentTemplate;
  html: EncodedTemplate<SlotName>;
  text: EncodedTemplate<SlotName>;
  /** The branding it was compiled with: the From name and List-Id label go with it. */
  branding: Branding;
}

/** Compiled segment templates of this process, keyed by (edition, segment). */
export interface SegmentCache {
  /** The segment's compiled template, or null when it has nothing to show. */
  get(editionId: number, segment: Segment): Promise<PreparedSegment | null>;
  readonly size: number;
}

/**
 * Compiles MJML once per distinct (edition, segment) in this process, however many deliver
 * jobs ask at once (they share the pending promise), and encodes its parts for sending once;
 * every subscriber of the segment is then a fill of microseconds. A failed compile is not
 * kept, so the next job tries again.
 */
export function createSegmentCache(options: SegmentCacheOptions): SegmentCache {
  const maxEntries = options.maxEntries ?? 500;
  const render = options.render ?? renderSegmentParts;
  const editions = new Map<number, Promise<{ edition: Edition; branding: Branding }>>();
  const templates = new Map<string, Promise<PreparedSegment | null>>();

  const edition = (editionId: number) => {
    let pending = editions.get(editionId);
    if (!pending) {
      pending = Promise.all([
        options.loadEdition(editionId),
        options.loadBranding?.() ?? DEFAULT_BRANDING,
      ]).then(([edition, branding]) => ({ edition, branding }));
      editions.set(editionId, pending);
      pending.catch(() => editions.delete(editionId));
      // Old editions go with their templates.
      if (editions.size > 8) editions.delete(editions.keys().next().value as number);
    }
    return pending;
  };

  return {
    get(editionId, segment) {
      const key = `${editionId}|${segmentKey(segment)}`;
      let pending = templates.get(key);
      if (!pending) {
        pending = edition(editionId).then(async ({ edition: loaded, branding }) => {
          const started = performance.now();
          const parts = await render({
            edition: loaded,
            segment,
            options: {
              publicUrl: options.publicUrl,
              browserUrl: editionBrowserUrl(options.publicUrl, editionId, segment),
              branding,
            },
          });
          options.onCompile?.(editionId, segmentKey(segment), performance.now() - started);
          return parts && { ...parts, branding };
        });
        templates.set(key, pending);
        pending.catch(() => templates.delete(key));
        if (templates.size > maxEntries) templates.delete(templates.keys().next().value as string);
      }
      return pending;
    },
    get size() {
      return templates.size;
    },
  };
}
