import { describe, expect, it } from "vitest";
import { adminTokenShell } from "./admin-token-shell.js";

describe("adminTokenShell", () => {
  it("names the variable when ADMIN_TOKEN set the token", () => {
    expect(adminTokenShell(true, ".data")).toBe("$ADMIN_TOKEN");
  });

  it("reads the generated file under DATA_DIR otherwise", () => {
    expect(adminTokenShell(false, ".data")).toBe("$(cat .data/admin-token)");
    expect(adminTokenShell(false, "/srv/newsdesk/")).toBe("$(cat /srv/newsdesk/admin-token)");
  });
});
