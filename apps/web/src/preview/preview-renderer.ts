import {
  type DigestPeriod,
  type DigestSchedule,
  draftPeriod,
  type PeriodEdition,
  type PreviewResult,
  periodEdition,
  renderPreview,
} from "@newsdesk/digest";
import { type Frequency, type Segment, segmentKey } from "@newsdesk/newsletter";
import { readDeskSetting, type Store } from "@newsdesk/store";

/** Renders previews, keeping builds and emails so pages, frames and the desk share them. */
export interface PreviewRenderer {
  render(frequency: Frequency, segment: Segment): Promise<PreviewResult>;
  /** Forgets every kept email (a template changed); builds stay. */
  clear(): void;
}

const MAX_EMAILS = 32;
const MAX_BUILDS = 4;
// A build's recency scores age with the clock: rebuilt after this even with nothing new.
const BUILD_MAX_AGE_MS = 5 * 60_000;

/**
 * Builds are the cost (a 20,000-article day takes seconds in its worker thread); an MJML
 * compile tens of milliseconds. Both are kept: a build per (frequency, period, data version:
 * the articles with their edits and labels, and the desk's picks), an email per (build,
 * segment, branding). Another segment, the page's frame or its text part reuse the build; a
 * new, edited or reclassified article, a pick or a new period builds again; a branding change
 * compiles again.
 */
export function createPreviewRenderer(deps: {
  store: Pick<Store, "db" | "articlesStamp" | "picksStamp">;
  publicUrl: string;
  schedule?: DigestSchedule | undefined;
  clock?: (() => number) | undefined;
}): PreviewRenderer {
  const clock = deps.clock ?? Date.now;
  const builds = new Map<string, { at: number; built: Promise<PeriodEdition | null> }>();
  const emails = new Map<string, Promise<PreviewResult>>();

  const keep = <V>(map: Map<string, V>, key: string, value: V, max: number) => {
    map.set(key, value);
    if (map.size > max) map.delete(map.keys().next().value as string);
  };

  return {
    async render(frequency, segment) {
      const nowMs = clock();
      const [period, articles, picks, branding] = await Promise.all([
        draftPeriod(deps.store.db, frequency, new Date(nowMs), deps.schedule),
        deps.store.articlesStamp(),
        deps.store.picksStamp(),
        readDeskSetting(deps.store.db, "branding"),
      ]);
      const data = `${frequency}|${period.start.getTime()}-${period.end.getTime()}|${articles}|${picks}`;
      const buildEdition = (built: DigestPeriod, now: Date) => {
        const buildKey = `${data}|${built.start.getTime()}`;
        const kept = builds.get(buildKey);
        if (kept && nowMs - kept.at < BUILD_MAX_AGE_MS) return kept.built;
        const pending = periodEdition(deps.store.db, frequency, built, now);
        keep(builds, buildKey, { at: nowMs, built: pending }, MAX_BUILDS);
        pending.catch(() => builds.delete(buildKey));
        return pending;
      };
      const age = Math.floor(nowMs / BUILD_MAX_AGE_MS);
      const key = `${data}|${segmentKey(segment)}|${JSON.stringify(branding ?? null)}|${age}`;
      let pending = emails.get(key);
      if (!pending) {
        pending = renderPreview(deps.store.db, {
          frequency,
          segment,
          publicUrl: deps.publicUrl,
          now: new Date(nowMs),
          schedule: deps.schedule,
          buildEdition,
        });
        keep(emails, key, pending, MAX_EMAILS);
        pending.catch(() => emails.delete(key));
      }
      return pending;
    },
    clear() {
      emails.clear();
    },
  };
}
