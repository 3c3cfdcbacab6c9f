import {
  type DeliverPayload,
  DIGEST_JOB,
  type ResumeEditionPayload,
  resumeEditionPayload,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import { type ResumedEdition, resumeEdition } from "../edition/resume-edition.js";

export const name = DIGEST_JOB.resumeEdition;
export const payload = resumeEditionPayload;

/** `digest resume --edition ID`, handed to the process that owns the database. */
export async function handle(
  data: ResumeEditionPayload,
  deps: { store: Store; deliverQueue: Queue<DeliverPayload> },
): Promise<ResumedEdition> {
  return resumeEdition(deps, data.editionId);
}
