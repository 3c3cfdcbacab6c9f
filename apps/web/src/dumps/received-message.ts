import type { SubmittedDump } from "@newsdesk/ingest";

/** What the desk's upload form says of a dump it received: queued, known, or tried again. */
export function receivedMessage(submitted: SubmittedDump): string {
  const { id, articleCount } = submitted.dump;
  if (!submitted.queued) {
    const count = articleCount ?? 0;
    return `This file was already ingested, as dump ${id} (${count} article${count === 1 ? "" : "s"}): nothing new to queue.`;
  }
  if (submitted.failedBefore !== undefined) {
    return `This file failed before, as dump ${id}: ${submitted.failedBefore} It is queued again, and fails the same way unless the parser changed since.`;
  }
  return submitted.created
    ? `Queued for ingest as dump ${id}. Its articles appear once the worker has parsed it.`
    : `This file was uploaded before, as dump ${id}; it is in the ingest queue.`;
}
