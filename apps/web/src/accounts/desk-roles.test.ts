import { describe, expect, it } from "vitest";
import { DESK_PERMISSIONS, PERMISSION_WORDS, permissionsOf, roleCan } from "./desk-roles.js";

describe("desk roles", () => {
  it("lets an editor review, edit, upload and draft, and nothing that runs the desk", () => {
    expect(permissionsOf("editor")).toEqual({
      viewDesk: true,
      editArticles: true,
      uploadDumps: true,
      draftEditions: true,
      testSendEditions: true,
      viewSubscribers: true,
      manageSubscribers: false,
      sendEditions: false,
      setApprovalMode: false,
      manageSettings: false,
      manageUsers: false,
      operate: false,
    });
  });

  it("lets an admin do everything", () => {
    for (const permission of Object.keys(DESK_PERMISSIONS)) {
      expect(roleCan("admin", permission as keyof typeof DESK_PERMISSIONS)).toBe(true);
    }
  });

  it("has words for every refusal", () => {
    expect(Object.keys(PERMISSION_WORDS).sort()).toEqual(Object.keys(DESK_PERMISSIONS).sort());
  });
});
