import type { DeliverPayload } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import type { DigestSchedule } from "../schedule/digest-period.js";
import { buildDigestEdition } from "./build-digest-edition.js";
import { type DigestBuildSummary, summarizeEdition } from "./edition-summary.js";
import { prepareEdition } from "./prepare-edition.js";

export interface BuildEditionDeps {
  store: Store;
  deliverQueue: Queue<DeliverPayload>;
  schedule: DigestSchedule;
  now: Date;
  /** Given: the summary renders the email with every region, for its warnings (`email`). */
  publicUrl?: string | undefined;
}

/**
 * `digest build [--send]`, wherever it runs: builds the current period's edition (UTC's
 * clock) and, with `send`, freezes its audience (every active subscriber of the frequency,
 * whatever their time zone: a manual send goes to everyone now) and queues its emails. Returns
 * the summary the command prints; `deliveredBy` says whether a deliver worker is there to send.
 */
export async function buildEdition(
  data: { frequency: "daily" | "weekly"; send: boolean },
  deps: BuildEditionDeps,
): Promise<DigestBuildSummary> {
  const { store } = deps;
  const built = await buildDigestEdition(store, data.frequency, deps.now, deps.schedule);
  const summary = await summarizeEdition(store, built, data.frequency, {
    publicUrl: deps.publicUrl,
  });
  if (!built || !summary.edition || !data.send) return summary;
  const prepared = await prepareEdition({ store, deliverQueue: deps.deliverQueue }, built.row.id);
  const workers = await deps.deliverQueue.getWorkersCount();
  const edition = await store.getEdition(built.row.id);
  return {
    ...summary,
    edition: { ...summary.edition, status: edition?.status ?? summary.edition.status },
    audience: (await store.deliveryCounts(built.row.id)).total,
    send: { ...prepared, deliveredBy: workers > 0 ? "worker" : "nobody-yet" },
  };
}
