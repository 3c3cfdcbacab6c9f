import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createStore } from "@newsdesk/store";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk, runNewsdeskWithInput } from "../test-io.js";

/** `newsdesk desk-users` on the embedded default: PGlite in a temporary DATA_DIR. */
describe("newsdesk desk-users", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-desk-users-"));
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("DATA_DIR", join(dir, "data"));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  it("adds accounts with the password from stdin, lists and disables them, with clear refusals", async () => {
    const empty = await runNewsdesk("desk-users", "list");
    expect(empty.code).toBe(0);
    expect(empty.err()).toContain("no desk account yet");

    /** `desk-users add` with `password` piped in. */
    const add = (password: string, ...args: string[]) =>
      runNewsdeskWithInput(`${password}\n`, "desk-users", "add", ...args);
    const added = await add(
      "a long enough password",
      "--role",
      "admin",
      "--name",
      "Ines Duarte",
      "Ines@Example.org",
    );
    expect(added.err()).toMatch(
      /^desk account #\d+ added: ines@example.org \(Ines Duarte\), admin/,
    );
    expect(added.code).toBe(0);

    const short = await add("short", "--role", "editor", "rui");
    expect(short.code).toBe(2);
    expect(short.err()).toContain("A password needs at least 12 characters (this one has 5)");
    const role = await add("a long enough password", "--role", "owner", "rui");
    expect(role.code).toBe(2);
    expect(role.err()).toContain("The role is admin or editor");
    const noPassword = await runNewsdesk("desk-users", "add", "--role", "editor", "rui");
    expect(noPassword.code).toBe(2);
    expect(noPassword.err()).toContain("no password on stdin");
    const again = await add("a long enough password", "--role", "editor", "ines@example.org");
    expect(again.code).toBe(2);
    expect(again.err()).toContain("there is already a desk account for ines@example.org");

    const disabled = await runNewsdesk("desk-users", "disable", "ines@example.org");
    expect(disabled.err()).toBe("ines@example.org: disabled\n");
    const unknown = await runNewsdesk("desk-users", "disable", "nobody");
    expect(unknown.code).toBe(2);
    expect(unknown.err()).toContain("there is no desk account nobody");

    const list = await runNewsdesk("desk-users", "list");
    expect(list.out()).toMatch(/ines@example.org +│ Ines Duarte +│ admin +│ disabled/);

    const store = await createStore({ dataDir: join(dir, "data") });
    try {
      const [user] = await store.listDeskUsers();
      expect(user).toMatchObject({ login: "ines@example.org", role: "admin" });
      const credentials = await store.deskUserCredentials("ines@example.org");
      expect(credentials?.passwordHash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/);
      const actions = await store.listDeskActions();
      expect(actions.map((action) => [action.actor, action.action])).toEqual([
        ["newsdesk desk-users", "user.disable"],
        ["newsdesk desk-users", "user.add"],
      ]);
    } finally {
      await store.close();
    }
  });
});
