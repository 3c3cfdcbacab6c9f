import type { Frequency } from "@newsdesk/newsletter";
import type { DeliveryCounts, Store } from "@newsdesk/store";
import type { BuiltDigestEdition } from "./build-digest-edition.js";

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
  } | null;
  sections: { region: string; name: string; stories: number; headlines: string[] }[];
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

/** The summary of a build (no `send` part): the edition, its sections and its audience. */
export async function summarizeEdition(
  store: Pick<Store, "deliveryCounts" | "audienceSize">,
  built: BuiltDigestEdition | null,
  frequency: Frequency,
): Promise<DigestBuildSummary> {
  if (!built) return { edition: null, sections: [], audience: await store.audienceSize(frequency) };
  const { row, edition } = built;
  const audience =
    row.status === "draft"
      ? await store.audienceSize(frequency)
      : (await store.deliveryCounts(row.id)).total;
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
    },
    sections: edition.sections.map((section) => ({
      region: section.region,
      name: section.name,
      stories: section.items.length,
      headlines: section.items.map((item) => item.headline),
    })),
    audience,
  };
}
