import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ADMIN_COOKIE } from "./admin/admin-session.js";
import { ACCOUNT_SIGN_IN_LIMIT } from "./admin/sign-in-limit.js";
import {
  addTestDeskUser,
  deskFormToken,
  formToken,
  postSignIn,
  signedInAs,
  signedInDesk,
  TEST_PASSWORD,
} from "./test-support/desk-session.js";
import { WebClient } from "./test-support/web-client.js";
import { startTestWeb, TEST_ADMIN_TOKEN, type TestWeb } from "./test-support/web-harness.js";

/** Pages only an admin opens: an editor gets the 403 page, an admin the page. */
const ADMIN_PAGES = [
  "/admin/users",
  "/outbox",
  "/admin/queues",
  "/metrics",
  "/admin/subscribers.csv",
];

/** Forms only an admin posts (the ids need not exist: the role is checked first). */
const ADMIN_POSTS = [
  "/admin/users",
  "/admin/users/1/role",
  "/admin/users/1/disable",
  "/admin/users/1/enable",
  "/admin/users/1/password",
  "/admin/subscribers/1/remove",
  "/admin/editions/approval-mode",
  "/admin/editions/1/approve",
  "/admin/editions/1/resume",
];

/** What an editor opens. */
const EDITOR_PAGES = [
  "/admin",
  "/admin/dumps",
  "/admin/editions",
  "/admin/audit",
  "/admin/subscribers",
  "/admin/subscribers/suppressed",
  "/preview",
];

/** Each sign-in from an address of its own, so the per-address limit stays out of the way. */
let nextAddress = 1;
const address = () => `192.0.2.${nextAddress++}`;
/** Each test's editor a login of its own, so the per-account limit (in Redis) starts afresh. */
let nextEditor = 1;
let rui = "";

describe("the desk's named accounts", () => {
  let web: TestWeb;
  /** A browser of its own, not signed in, at an address of its own. */
  const stranger = () => new WebClient(web.app, address());
  beforeAll(async () => {
    web = await startTestWeb();
  });
  beforeEach(async () => {
    await web.store.reset();
  });
  afterAll(async () => {
    await web?.close();
  });

  it("signs in with the admin token until the first admin account exists, then with that account only", async () => {
    const token = await signedInDesk(web.app);
    const users = await token.get("/admin/users");
    expect(users.statusCode).toBe(200);
    expect(users.body).toContain("You are signed in with the admin token");

    const added = await token.post("/admin/users", {
      _csrf: formToken(users.body),
      login: " Ines@Example.org ",
      displayName: "Ines Duarte",
      role: "admin",
      password: TEST_PASSWORD,
    });
    expect(added.statusCode).toBe(303);
    expect(added.headers.location).toBe("/admin?done=first-admin");
    // The token's session ended with it, and the form no longer takes the token.
    const after = await token.get("/admin/dumps");
    expect(after.headers.location).toBe("/admin?next=%2Fadmin%2Fdumps");
    const signIn = await token.get("/admin?done=first-admin");
    expect(signIn.body).toContain("Sign in with that account");
    expect(signIn.body).not.toContain('name="token"');
    const refused = await token.post("/admin/sign-in", {
      _csrf: formToken(signIn.body),
      token: TEST_ADMIN_TOKEN,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain("sets ADMIN_TOKEN_SIGN_IN");
    expect(String(refused.headers["set-cookie"] ?? "")).not.toContain(ADMIN_COOKIE);
    // Scripts and Prometheus keep the token.
    const metrics = await web.app.inject({
      url: "/metrics",
      headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
    });
    expect(metrics.statusCode).toBe(200);

    const ines = await signedInAs(web.app, "ines@example.org", address());
    const home = await ines.get("/admin");
    expect(home.body).toContain("Signed in as <strong>Ines Duarte</strong>");
    const audit = await ines.get("/admin/audit");
    expect(audit.body).toMatch(/<td>admin token<\/td><td>user.add<\/td><td>account \d+<\/td>/);
  });

  it("keeps the token signing in with ADMIN_TOKEN_SIGN_IN=always", async () => {
    const always = await startTestWeb({ tokenSignIn: "always" });
    try {
      await addTestDeskUser(always.store, "ines@example.org", "admin");
      const token = await signedInDesk(always.app);
      expect((await token.get("/admin/users")).statusCode).toBe(200);
    } finally {
      await always.close();
    }
  });

  describe("an editor", () => {
    let editor: WebClient;
    beforeEach(async () => {
      await addTestDeskUser(web.store, "ines@example.org", "admin");
      rui = `rui-${nextEditor++}@example.org`;
      await addTestDeskUser(web.store, rui, "editor", "Rui Costa");
      editor = await signedInAs(web.app, rui, address());
    });

    it("opens the review pages, with what only admins use left out", async () => {
      for (const url of EDITOR_PAGES) {
        expect((await editor.get(url)).statusCode, url).toBe(200);
      }
      const home = (await editor.get("/admin")).body;
      expect(home).toContain("Signed in as <strong>Rui Costa</strong>");
      expect(home).not.toContain('href="/admin/users"');
      expect(home).not.toContain('href="/outbox"');
      const subscribers = (await editor.get("/admin/subscribers")).body;
      expect(subscribers).not.toContain('action="/admin/subscribers/import"');
      expect(subscribers).not.toContain("Export these as CSV");
      const editions = (await editor.get("/admin/editions")).body;
      expect(editions).not.toContain('action="/admin/editions/approval-mode"');
      expect(editions).toContain('action="/admin/editions/test-send"');
    });

    it.each(ADMIN_PAGES)("gets a 403 page naming who may at %s", async (url) => {
      const response = await editor.get(url);
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain("Only an admin can");
      expect(response.body).toContain("You are signed in as Rui Costa, an editor");
    });

    it.each(ADMIN_POSTS)("gets a 403 page posting %s, and nothing changes", async (url) => {
      const csrf = await deskFormToken(editor, "/admin/editions");
      const response = await editor.post(url, {
        _csrf: csrf,
        login: "eve@example.org",
        role: "admin",
        mode: "hold",
        password: TEST_PASSWORD,
      });
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain("Only an admin can");
      expect(await web.store.approvalMode()).toBe("automatic");
      expect((await web.store.listDeskUsers()).map((user) => user.role).sort()).toEqual([
        "admin",
        "editor",
      ]);
    });

    it("is refused the subscribers import before its file is read", async () => {
      const form = new FormData();
      form.append("_csrf", await deskFormToken(editor, "/admin/subscribers"));
      form.append("file", new File(["email\nmara@example.org\n"], "readers.csv"));
      const request = new Request("http://127.0.0.1/", { method: "POST", body: form });
      const response = await editor.postRaw(
        "/admin/subscribers/import",
        Buffer.from(await request.arrayBuffer()),
        { "content-type": request.headers.get("content-type") ?? "" },
      );
      expect(response.statusCode).toBe(403);
      expect((await web.store.listDeskSubscribers({}, { limit: 10, offset: 0 })).total).toBe(0);
    });

    it("is signed out everywhere once disabled, and cannot sign in again", async () => {
      const admin = await signedInAs(web.app, "ines@example.org", address());
      const account = (await web.store.listDeskUsers()).find((u) => u.login === rui);
      const disabled = await admin.post(`/admin/users/${account?.id}/disable`, {
        _csrf: await deskFormToken(admin, "/admin/users"),
      });
      expect(disabled.headers.location).toBe("/admin/users?done=disabled");
      const after = await editor.get("/admin/dumps");
      expect(after.statusCode).toBe(303);
      expect(after.headers.location).toBe("/admin?next=%2Fadmin%2Fdumps");

      const refused = await postSignIn(stranger(), {
        login: rui,
        password: TEST_PASSWORD,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain("This account is disabled");
      const audit = (await admin.get("/admin/audit")).body;
      expect(audit).toContain(`<td>user.disable</td><td>account ${account?.id}</td>`);
    });

    it("is signed out by a new password, and signs in with it", async () => {
      const admin = await signedInAs(web.app, "ines@example.org", address());
      const account = (await web.store.listDeskUsers()).find((u) => u.login === rui);
      const short = await admin.post(`/admin/users/${account?.id}/password`, {
        _csrf: await deskFormToken(admin, "/admin/users"),
        password: "too short",
      });
      expect(short.statusCode).toBe(400);
      expect(short.body).toContain("A password needs at least 12 characters (this one has 9)");
      expect((await editor.get("/admin/dumps")).statusCode).toBe(200);

      const changed = await admin.post(`/admin/users/${account?.id}/password`, {
        _csrf: await deskFormToken(admin, "/admin/users"),
        password: "another long enough password",
      });
      expect(changed.headers.location).toBe("/admin/users?done=password");
      expect((await editor.get("/admin/dumps")).statusCode).toBe(303);
      const signedIn = await postSignIn(stranger(), {
        login: rui.toUpperCase(),
        password: "another long enough password",
      });
      expect(signedIn.statusCode).toBe(303);
    });

    it("ends the stored session on sign-out: a copy of the cookie opens nothing", async () => {
      const page = await editor.get("/admin");
      const copy = editor.cookieHeader();
      await editor.post("/admin/sign-out", { _csrf: formToken(page.body) });
      const replayed = await web.app.inject({
        url: "/admin/dumps",
        headers: { accept: "text/html", cookie: copy },
      });
      expect(replayed.statusCode).toBe(303);
    });
  });

  describe("admins managing accounts", () => {
    let admin: WebClient;
    beforeEach(async () => {
      await addTestDeskUser(web.store, "ines@example.org", "admin", "Ines");
      admin = await signedInAs(web.app, "ines@example.org", address());
    });

    it("adds an editor, makes it an admin, and refuses a taken login or a short password", async () => {
      const csrf = await deskFormToken(admin, "/admin/users");
      const add = (login: string, password: string) =>
        admin.post("/admin/users", { _csrf: csrf, login, role: "editor", password });
      const created = await add("rui@example.org", TEST_PASSWORD);
      expect(created.headers.location).toBe("/admin/users?done=added");
      const taken = await add("RUI@example.org", TEST_PASSWORD);
      expect(taken.statusCode).toBe(400);
      expect(taken.body).toContain("already a desk account for rui@example.org");
      const short = await add("eve@example.org", "short");
      expect(short.statusCode).toBe(400);
      expect(short.body).toContain("at least 12 characters");

      const added = (await web.store.listDeskUsers()).find((u) => u.login === "rui@example.org");
      expect(added).toMatchObject({ displayName: "rui", role: "editor" });
      await admin.post(`/admin/users/${added?.id}/role`, { _csrf: csrf, role: "admin" });
      expect((await web.store.getDeskUser(added?.id as number))?.role).toBe("admin");
      const page = (await admin.get("/admin/users")).body;
      expect(page).toContain("<td>rui@example.org</td>");
    });

    it("never leaves the desk without an enabled admin", async () => {
      const [ines] = await web.store.listDeskUsers();
      const csrf = await deskFormToken(admin, "/admin/users");
      for (const [url, fields] of [
        [`/admin/users/${ines?.id}/disable`, {}],
        [`/admin/users/${ines?.id}/role`, { role: "editor" }],
      ] as const) {
        const response = await admin.post(url, { _csrf: csrf, ...fields });
        expect(response.statusCode, url).toBe(400);
        expect(response.body).toContain("without an enabled admin account");
      }
      expect(await web.store.countDeskAdmins()).toBe(1);
    });
  });

  describe("signing in", () => {
    beforeEach(async () => {
      rui = `rui-${nextEditor++}@example.org`;
      await addTestDeskUser(web.store, rui, "editor");
    });

    it("answers a wrong password and an unknown login alike", async () => {
      const answers = [];
      for (const [login, password] of [
        [rui, "not the password at all"],
        ["nobody@example.org", TEST_PASSWORD],
        ["not a login", TEST_PASSWORD],
      ]) {
        const response = await postSignIn(stranger(), {
          login: login as string,
          password: password as string,
        });
        expect(String(response.headers["set-cookie"] ?? "")).not.toContain(ADMIN_COOKIE);
        answers.push([
          response.statusCode,
          /<p class="problem" role="alert">([^<]*)/.exec(response.body)?.[1],
        ]);
      }
      expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
      expect(answers[0]?.[0]).toBe(401);
    });

    it(`limits an account to ${ACCOUNT_SIGN_IN_LIMIT.max} attempts per 15 minutes from any number of networks`, async () => {
      for (let attempt = 1; attempt <= ACCOUNT_SIGN_IN_LIMIT.max; attempt++) {
        const wrong = await postSignIn(stranger(), {
          login: attempt % 2 ? rui : ` ${rui.toUpperCase()}`,
          password: `wrong guess number ${attempt}`,
        });
        expect(wrong.statusCode, `attempt ${attempt}`).toBe(401);
      }
      const right = await postSignIn(stranger(), {
        login: rui,
        password: TEST_PASSWORD,
      });
      expect(right.statusCode).toBe(429);
      expect(right.body).toContain("Too many sign-in attempts for this account");
      expect(String(right.headers["set-cookie"] ?? "")).not.toContain(ADMIN_COOKIE);
    });
  });
});
