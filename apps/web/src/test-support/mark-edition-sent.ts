import type { Store } from "@newsdesk/store";

const READER = "first-reader@example.org";

/**
 * Tests only: an edition's audience frozen as the digest does it, with one active daily
 * subscriber (`address`) in it: a delivery queued, nothing sent yet. A second call changes
 * nothing.
 */
export async function prepareEdition(
  store: Store,
  editionId: number,
  address = READER,
): Promise<void> {
  await store.upsertSubscriber({
    email: address,
    regions: [],
    beats: [],
    frequency: "daily",
    status: "active",
  });
  await store.prepareDeliveries(editionId);
}

/**
 * Tests only: an edition gone out as the deliver worker leaves it (prepared by
 * `prepareEdition` if it was not, its deliveries claimed and marked sent). From then on the
 * public archive shows it and the articles it names.
 */
export async function markEditionSent(
  store: Store,
  editionId: number,
  address = READER,
): Promise<void> {
  await prepareEdition(store, editionId, address);
  const claimed = await store.claimDeliveries(await store.pendingDeliveryIds(editionId));
  await store.markDeliveriesSent(
    claimed.map((delivery) => ({ id: delivery.id, messageId: `<sent-${delivery.id}@test>` })),
  );
}
