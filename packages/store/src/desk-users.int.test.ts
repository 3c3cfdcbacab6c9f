import { describe, expect, it } from "vitest";
import { DeskUserExistsError } from "./desk-users.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const ana = { login: "ana@example.org", displayName: "Ana", role: "editor", passwordHash: "h1" };
const inAnHour = () => new Date(Date.now() + 3_600_000);

describe(`desk accounts and their sessions (${TEST_DATABASE})`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  it("adds accounts once per login and counts only enabled admins", async () => {
    const user = await store.createDeskUser({ ...ana, role: "editor" });
    expect(user).toMatchObject({ login: "ana@example.org", role: "editor", disabledAt: null });
    await expect(store.createDeskUser({ ...ana, role: "admin" })).rejects.toBeInstanceOf(
      DeskUserExistsError,
    );
    expect(await store.countDeskAdmins()).toBe(0);
    await store.setDeskUserRole(user.id, "admin");
    expect(await store.countDeskAdmins()).toBe(1);
    expect(await store.setDeskUserDisabled(user.id, true)).toBe(true);
    expect(await store.setDeskUserDisabled(user.id, true)).toBe(false);
    expect(await store.countDeskAdmins()).toBe(0);
    expect((await store.deskUserCredentials("ana@example.org"))?.passwordHash).toBe("h1");
  });

  it("finds a session's account until it expires, is deleted, or the account is disabled or gets a new password", async () => {
    const user = await store.createDeskUser({ ...ana, role: "editor" });
    await store.createDeskSession({ id: "s1", userId: user.id, expiresAt: inAnHour() });
    await store.createDeskSession({ id: "old", userId: user.id, expiresAt: new Date(0) });
    expect((await store.deskSessionUser("s1"))?.login).toBe("ana@example.org");
    expect(await store.deskSessionUser("old")).toBeUndefined();

    await store.setDeskUserPassword(user.id, "h2");
    expect(await store.deskSessionUser("s1")).toBeUndefined();

    await store.createDeskSession({ id: "s2", userId: user.id, expiresAt: inAnHour() });
    await store.setDeskUserDisabled(user.id, true);
    expect(await store.deskSessionUser("s2")).toBeUndefined();
    await store.setDeskUserDisabled(user.id, false);
    expect(await store.deskSessionUser("s2")).toBeUndefined();

    await store.createDeskSession({ id: "s3", userId: user.id, expiresAt: inAnHour() });
    await store.deleteDeskSession("s3");
    expect(await store.deskSessionUser("s3")).toBeUndefined();
  });
});
