import type { Store } from "@newsdesk/store";

/**
 * Whether the schedule must hold an edition: the desk's approval mode is `hold` and no editor
 * has approved it yet. A held edition stays a draft (later ticks refresh it) and goes out at
 * the first tick after its approval, within the catch-up window of its send slot.
 */
export async function heldForApproval(
  store: Pick<Store, "approvalMode" | "editionApproval">,
  editionId: number,
): Promise<boolean> {
  if ((await store.approvalMode()) !== "hold") return false;
  return (await store.editionApproval(editionId)) === undefined;
}
