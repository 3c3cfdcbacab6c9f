import {
  type Frequency,
  renderSegment,
  type SegmentTemplate,
  selectSegment,
} from "@newsdesk/newsletter";
import type { DeliveryCounts, Store } from "@newsdesk/store";
import type { BuiltDigestEdition } from "./build-digest-edition.js";
import { loadBranding } from "./load-branding.js";

/**
 * What `newsdesk digest build` prints (`--json`: this document). Plain JSON: a `build-edition`
 * job returns it to the command that handed the build over.
 */
export interface DigestBuildSummary {
  edition: {
    id: number;
    frequency: Frequency;
    periodStart: string;
    periodEnd: string;
    status: string;
    articles: number;
    /** This build stored it (false: it was there, and was refreshed or frozen). */
    created: boolean;
    /** It had been prepared before: content and audience were left as they were. */
    frozen: boolean;
    /** The articles it holds were stored up to this time (null: it was frozen before). */
    articlesUntil: string | null;
  } | null;
  /** Each region as the email with every region shows it: `stories` up to its cap, `more` past it. */
  sections: {
    region: string;
    name: string;
    stories: number;
    more: number;
    headlines: string[];
  }[];
  /**
   * The email with every region and beat, rendered as the sender would (when a `publicUrl` was
   * given): the stories it shows, and, for the editor, whether it lost cards to stay under
   * Gmail's clipping size and MJML's warnings.
   */
  email?: {
    stories: number;
    trimmed: SegmentTemplate["trimmed"];
    warnings: string[];
  };
  /** Who gets it: the frozen deliveries once prepared, else the active subscribers now. */
  audience: number;
  send?: {
    created: number;
    queued: number;
    /** The edition paused itself after too many failures: nothing was queued. */
    paused: boolean;
    /** `in-process` when the command delivered them, `worker` when a running digest does. */
    deliveredBy: "in-process" | "worker" | "nobody-yet";
    deliveries?: DeliveryCounts | undefined;
  };
}

/**
 * The summary of a build (no `send` part): the edition, its sections and its audience; with
 * `publicUrl`, the email with every region rendered once (one MJML compile) for `email`.
 */
export async function summarizeEdition(
  store: Pick<Store, "deliveryCounts" | "audienceSize" | "db">,
  built: BuiltDigestEdition | null,
  frequency: Frequency,
  options: { publicUrl?: string | undefined } = {},
): Promise<DigestBuildSummary> {
  if (!built) return { edition: null, sections: [], audience: await store.audienceSize(frequency) };
  const { row, edition } = built;
  const audience =
    row.status === "draft"
      ? await store.audienceSize(frequency)
      : (await store.deliveryCounts(row.id)).total;
  const everything = { regions: [], beats: [] };
  const shown = selectSegment(edition, everything);
  const template = options.publicUrl
    ? await renderSegment(edition, everything, {
        publicUrl: options.publicUrl,
        branding: await loadBranding(store.db),
      })
    : null;
  return {
    edition: {
      id: row.id,
      frequency,
      periodStart: edition.periodStart.toISOString(),
      periodEnd: edition.periodEnd.toISOString(),
      status: row.status,
      articles: row.articleCount,
      created: built.created,
      frozen: built.frozen,
      articlesUntil: built.articlesUntil?.toISOString() ?? null,
    },
    sections: (shown?.sections ?? []).map((section) => ({
      region: section.region,
      name: section.name,
      stories: section.items.length,
      more: section.more,
      headlines: section.items.map((item) => item.headline),
    })),
    audience,
    ...(template
      ? {
          email: {
            stories: template.storyCount,
            trimmed: template.trimmed,
            warnings: [...template.warnings],
          },
        }
      : {}),
  };
}
