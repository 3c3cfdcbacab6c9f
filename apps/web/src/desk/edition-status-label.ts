import type { EditionDeliveryStatus } from "@newsdesk/store";

/**
 * What the editions table says of an edition: the store keeps `prepared` from the moment its
 * audience is frozen until long after its last email went out, so a prepared edition is told by
 * its deliveries: still `sending`, `sent` (to at least one reader), `not delivered` (every
 * delivery failed, bounced or was skipped) or `no audience`. A draft and a paused edition say so.
 */
export function editionStatusLabel(
  edition: Pick<EditionDeliveryStatus, "status" | "audience" | "queued" | "sent">,
): string {
  if (edition.status !== "prepared") return edition.status;
  if (edition.queued > 0) return "sending";
  if (edition.sent > 0) return "sent";
  return edition.audience === 0 ? "no audience" : "not delivered";
}
