import { type DeskUser, DeskUserExistsError } from "@newsdesk/store";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addDeskUser, resetDeskPassword } from "../accounts/add-desk-user.js";
import {
  DeskCredentialError,
  MIN_PASSWORD_LENGTH,
  parseDeskRole,
} from "../accounts/desk-credentials.js";
import { ADMIN_COOKIE } from "../admin/admin-session.js";
import type { DeskAuth } from "../admin/desk-auth.js";
import { deskActor } from "../desk/desk-actor.js";
import { notFound, parseIdParam } from "../id-param.js";
import type { WebDeps } from "../web-deps.js";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

const NOTICES: Readonly<Record<string, string>> = {
  added: "Account added. Give its owner the login and password by a channel you trust.",
  role: "Role changed: it applies from the account's next page.",
  disabled: "Account disabled: its sessions ended, and it can no longer sign in.",
  enabled: "Account enabled: it can sign in again.",
  password: "New password saved: the account's sessions ended; it signs in with the new one.",
  unchanged: "Nothing changed.",
};

/** Refused because the desk would be left without an admin; the page says what to do first. */
class LastAdminError extends DeskCredentialError {
  constructor() {
    super(
      "That would leave the desk without an enabled admin account. Make another account an admin first.",
    );
  }
}

/**
 * `/admin/users` (admins only): the desk's accounts, and forms to add one, change its role,
 * disable or enable it and give it a new password (its sessions end). Each POST is
 * CSRF-checked, audited, and answers with a redirect back; a refusal is the page again with
 * why (400). The desk always keeps one enabled admin.
 */
export async function deskUserRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "passwordCost" | "publicUrl"> & { desk: DeskAuth },
): Promise<void> {
  const { store, desk } = deps;
  app.addHook("onRequest", desk.require("manageUsers"));

  const usersPage = async (request: FastifyRequest, reply: FastifyReply, problem?: string) => {
    const { done } = request.query as { done?: string };
    const identity = await desk.identify(request);
    const users = await store.listDeskUsers();
    return reply.view("desk-users.hbs", {
      title: "Desk accounts",
      wide: true,
      csrfToken: reply.generateCsrf(),
      minPasswordLength: MIN_PASSWORD_LENGTH,
      users: users.map((user) => ({
        ...user,
        you: identity?.kind === "user" && identity.id === user.id,
        disabled: user.disabledAt !== null,
        since: dateFormat.format(new Date(user.createdAt)),
        otherRole: user.role === "admin" ? "editor" : "admin",
      })),
      signedInWithToken: identity?.kind === "token",
      problem,
      notice: problem ? undefined : NOTICES[done ?? ""],
    });
  };

  app.get("/admin/users", (request, reply) => usersPage(request, reply));

  /**
   * Runs a change and redirects to what it returns: a notice of this page, or a path.
   * `DeskCredentialError`s (and a taken login) are the page again with why.
   */
  const act = (
    path: string,
    run: (
      request: FastifyRequest,
      body: Record<string, unknown>,
      reply: FastifyReply,
    ) => Promise<string>,
  ) =>
    app.post(path, { preHandler: app.csrfProtection }, async (request, reply) => {
      try {
        const done = await run(request, (request.body ?? {}) as Record<string, unknown>, reply);
        return reply.redirect(done.startsWith("/") ? done : `/admin/users?done=${done}`, 303);
      } catch (error) {
        if (!(error instanceof DeskCredentialError || error instanceof DeskUserExistsError)) {
          throw error;
        }
        return usersPage(request, reply.code(400), error.message);
      }
    });

  const loadUser = async (request: FastifyRequest): Promise<DeskUser> => {
    const id = parseIdParam(request.params);
    const user = id === undefined ? undefined : await store.getDeskUser(id);
    if (!user) throw notFound("There is no such account. See them all at /admin/users.");
    return user;
  };

  /** Refuses a change that takes `user` out of the enabled admins when it is the last one. */
  const keepAnAdmin = async (user: DeskUser) => {
    if (user.role === "admin" && user.disabledAt === null && (await store.countDeskAdmins()) <= 1) {
      throw new LastAdminError();
    }
  };

  const audit = async (request: FastifyRequest, action: string, user: DeskUser, detail = {}) => {
    await store.recordDeskAction({
      actor: await deskActor(desk, request),
      action,
      subject: `account ${user.id}`,
      detail,
    });
    request.log.info({ userId: user.id, action }, "desk account changed");
  };

  act("/admin/users", async (request, body, reply) => {
    const user = await addDeskUser(
      store,
      {
        login: body.login,
        displayName: body.displayName,
        role: body.role,
        password: body.password,
      },
      deps.passwordCost,
    );
    await audit(request, "user.add", user, { role: user.role });
    const identity = await desk.identify(request);
    // The admin token stepped aside with the first admin account: sign in as that account now.
    if (identity?.kind === "token" && !(await desk.tokenSignInAllowed())) {
      reply.clearCookie(ADMIN_COOKIE, { path: "/" });
      return "/admin?done=first-admin";
    }
    return "added";
  });

  act("/admin/users/:id/role", async (request, body) => {
    const user = await loadUser(request);
    const role = parseDeskRole(body.role);
    if (role === user.role) return "unchanged";
    if (role !== "admin") await keepAnAdmin(user);
    await store.setDeskUserRole(user.id, role);
    await audit(request, "user.role", user, { role });
    return "role";
  });

  act("/admin/users/:id/disable", async (request) => {
    const user = await loadUser(request);
    await keepAnAdmin(user);
    if (!(await store.setDeskUserDisabled(user.id, true))) return "unchanged";
    await audit(request, "user.disable", user);
    return "disabled";
  });

  act("/admin/users/:id/enable", async (request) => {
    const user = await loadUser(request);
    if (!(await store.setDeskUserDisabled(user.id, false))) return "unchanged";
    await audit(request, "user.enable", user);
    return "enabled";
  });

  act("/admin/users/:id/password", async (request, body) => {
    const user = await loadUser(request);
    await resetDeskPassword(store, user.id, body.password, deps.passwordCost);
    await audit(request, "user.password", user);
    return "password";
  });
}
