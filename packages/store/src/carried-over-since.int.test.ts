import { describe, expect, it } from "vitest";
import { carriedOverSince, isPeriodFrozen } from "./carried-over-since.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const at = (iso: string) => new Date(`2026-03-${iso}Z`);

describe(`an edition frozen early leaves the rest of its period to the next (${TEST_DATABASE})`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  it("starts the next period at the frozen edition's cut, and only once it is frozen", async () => {
    const first = {
      frequency: "daily" as const,
      periodStart: at("09T06:00:00"),
      periodEnd: at("10T06:00:00"),
    };
    const next = { frequency: "daily" as const, periodStart: first.periodEnd };
    const saved = await store.saveEdition({
      ...first,
      content: {},
      articleCount: 1,
      articlesUntil: at("09T14:30:00"),
    });
    // A draft is rebuilt later with what came in since: nothing carries over yet.
    expect(await carriedOverSince(store.db, next)).toEqual(next.periodStart);
    expect(await isPeriodFrozen(store.db, first)).toBe(false);
    await store.prepareDeliveries(saved.edition.id);
    expect(await carriedOverSince(store.db, next)).toEqual(at("09T14:30:00"));
    expect(await isPeriodFrozen(store.db, first)).toBe(true);
  });
});
