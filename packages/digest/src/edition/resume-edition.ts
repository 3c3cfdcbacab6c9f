import type { DeliverPayload } from "@newsdesk/queue";
import type { EditionStatus, Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import { UnknownEditionError } from "../errors.js";
import { queueDeliveries } from "./prepare-edition.js";

/** What `digest resume` did (JSON: the `resume-edition` job returns it). */
export interface ResumedEdition {
  editionId: number;
  /** False when the edition was not paused: nothing changed. */
  resumed: boolean;
  /** Its status now. */
  status: EditionStatus;
  /** Deliver jobs queued again. */
  queued: number;
}

/**
 * Resumes a paused edition: back to `prepared`, its failure rate counted afresh, and a deliver
 * job queued again for every delivery it held. An edition that is not paused is left alone.
 */
export async function resumeEdition(
  deps: {
    store: Pick<Store, "resumeEdition" | "getEdition" | "pendingDeliveryIds" | "markEditionQueued">;
    deliverQueue: Queue<DeliverPayload>;
  },
  editionId: number,
): Promise<ResumedEdition> {
  const resumed = await deps.store.resumeEdition(editionId);
  if (!resumed) {
    const edition = await deps.store.getEdition(editionId);
    if (!edition) throw new UnknownEditionError(editionId);
    return { editionId, resumed: false, status: edition.status, queued: 0 };
  }
  const queued = await queueDeliveries(deps, editionId);
  return { editionId, resumed: true, status: "prepared", queued };
}
