import type { DeliveryRow } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { DeliveryHeldElsewhereError } from "../errors.js";
import { type DeliverDeps, handle } from "./deliver.js";

/** Deps of a try whose claim missed: only the reads that explain the miss are called. */
function missedClaim(state: DeliveryRow["state"], onHold = false): DeliverDeps {
  return {
    store: {
      claimDelivery: async () => undefined,
      deliveryOnHold: async () => onHold,
      getDelivery: async (id: number) => ({ id, state }) as DeliveryRow,
    },
  } as unknown as DeliverDeps;
}

describe("a deliver try whose claim missed", () => {
  it("sends nothing and is retried when another running try holds the row", async () => {
    await expect(handle({ deliveryId: 4 }, missedClaim("sending"))).rejects.toBeInstanceOf(
      DeliveryHeldElsewhereError,
    );
  });

  it("completes without sending when the row is finished or its edition paused", async () => {
    expect(await handle({ deliveryId: 4 }, missedClaim("sent"))).toBe("done-before");
    expect(await handle({ deliveryId: 4 }, missedClaim("queued", true))).toBe("paused");
  });
});
