import {
  type DeliverPayload,
  jobHandler,
  type ResumeEditionPayload,
  resumeEditionJob,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { type Queue, UnrecoverableError } from "bullmq";
import { type ResumedEdition, resumeEdition } from "../edition/resume-edition.js";
import { UnknownEditionError } from "../errors.js";

export interface ResumeEditionDeps {
  store: Store;
  deliverQueue: Queue<DeliverPayload>;
}

/** `digest resume --edition ID`, handed to the process that owns the database. */
export async function handle(
  data: ResumeEditionPayload,
  deps: ResumeEditionDeps,
): Promise<ResumedEdition> {
  return resumeEdition(deps, data.editionId);
}

/** The `resume-edition` job; an unknown edition is answered at once, not retried. */
export function resumeEditionHandler(deps: ResumeEditionDeps) {
  return jobHandler({
    job: resumeEditionJob,
    async run(data, { log }) {
      const resumed = await handle(data, deps).catch((error: unknown) => {
        // A wrong id stays wrong: answer the command at once instead of retrying.
        if (error instanceof UnknownEditionError) throw new UnrecoverableError(error.message);
        throw error;
      });
      log.info({ ...resumed }, "edition resumed");
      return resumed;
    },
  });
}
