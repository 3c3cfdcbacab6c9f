import type { Sql } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { createBrandingSource } from "./branding-source.js";

/** A database answering the branding setting, counting the reads. */
function fakeDb(value: unknown) {
  const db = {
    reads: 0,
    value,
    async query() {
      db.reads++;
      return db.value === undefined ? [] : [{ value: db.value }];
    },
    async exec() {},
  };
  return db;
}

describe("createBrandingSource", () => {
  it("reads the branding once per few seconds, and at once what this process saved", async () => {
    let now = 0;
    const db = fakeDb({ name: "Tide" });
    const source = createBrandingSource(db as unknown as Sql, () => now);
    expect((await source.current()).name).toBe("Tide");
    db.value = { name: "Tide Post" };
    now = 4_000;
    expect((await source.current()).name).toBe("Tide");
    expect(db.reads).toBe(1);
    now = 6_000;
    expect((await source.current()).name).toBe("Tide Post");
    source.saved({ ...(await source.current()), name: "Saved here" });
    expect((await source.current()).name).toBe("Saved here");
    expect(db.reads).toBe(2);
  });

  it("gives today's name when nothing was saved", async () => {
    const source = createBrandingSource(fakeDb(undefined) as unknown as Sql);
    expect((await source.current()).name).toBe("Newsdesk");
  });
});
