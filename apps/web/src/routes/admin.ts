import { formatBytes } from "@newsdesk/config";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { deskLoginOrUndefined } from "../accounts/desk-credentials.js";
import { hashPassword, verifyPassword } from "../accounts/password-hash.js";
import {
  ADMIN_COOKIE,
  ADMIN_SESSION_SECONDS,
  adminSessionValue,
  tokensMatch,
} from "../admin/admin-session.js";
import { adminTokenShell } from "../admin/admin-token-shell.js";
import { type DeskAuth, deskView } from "../admin/desk-auth.js";
import { newUserSession } from "../admin/desk-session.js";
import { safeNextPath } from "../admin/safe-next-path.js";
import { signInLimits } from "../admin/sign-in-limit.js";
import { DEFAULT_MAX_DUMP_BYTES } from "../dumps/receive-dump.js";
import type { WebDeps } from "../web-deps.js";

const NOTICES: Readonly<Record<string, string>> = {
  "first-admin":
    "The desk's first admin account is made, so the admin token no longer signs in here. Sign in with that account.",
  "signed-out": "Signed out.",
  "not-saved":
    "You are not signed in (a sign-in lasts 12 hours), so that change was not saved. Sign in, then make it again.",
};

/**
 * `/admin`: the sign-in form (an account's login and password, or, while the desk has no admin
 * account, the admin token; CSRF-checked, rate-limited per address and per account) for a
 * signed, httpOnly, SameSite=Strict cookie; signed in, the desk's tools the role may use and the
 * dump upload form (`dump-upload.ts`). `POST /admin/sign-out` ends the session.
 */
export async function adminRoutes(
  app: FastifyInstance,
  deps: Pick<
    WebDeps,
    | "store"
    | "adminToken"
    | "adminTokenFromEnvironment"
    | "dataDir"
    | "publicUrl"
    | "mailer"
    | "maxDumpBytes"
    | "redisUrl"
    | "queuePrefix"
    | "secret"
    | "passwordCost"
    | "log"
  > & { desk: DeskAuth },
): Promise<void> {
  const { store, desk } = deps;
  const limits = await signInLimits(app, deps);
  const cookieOptions = {
    signed: true,
    httpOnly: true,
    // Strict: no other site can make a signed-in editor's browser act (Bull Board's API included).
    sameSite: "strict",
    secure: deps.publicUrl.startsWith("https:"),
    path: "/",
    maxAge: ADMIN_SESSION_SECONDS,
  } as const;
  // Checked against when the login is unknown, so an unknown login costs the same time as a
  // known one and the answer's delay says nothing of which logins exist. Made now, off the
  // event loop (scrypt runs in libuv's pool), so the first unknown login costs no more either.
  const decoyHash = hashPassword("not anyone's password", deps.passwordCost);

  const page = async (request: FastifyRequest, reply: FastifyReply, problem?: string) => {
    const { next, done } = request.query as { next?: string; done?: string };
    const identity = problem === undefined ? await desk.identify(request) : undefined;
    if (identity) reply.locals = { ...reply.locals, desk: deskView(identity) };
    return reply.view("admin.hbs", {
      title: identity ? "Desk" : "Sign in",
      signedIn: identity !== undefined,
      signedInWithToken: identity?.kind === "token",
      noAdminYet: (await store.countDeskAdmins()) === 0,
      tokenSignIn: identity ? false : await desk.tokenSignInAllowed(),
      problem,
      notice: problem ? undefined : NOTICES[done ?? ""],
      next: safeNextPath(next ?? (request.body as { next?: string } | undefined)?.next),
      csrfToken: reply.generateCsrf(),
      smtp: deps.mailer.kind === "smtp",
      publicUrl: deps.publicUrl,
      adminTokenShell: adminTokenShell(deps.adminTokenFromEnvironment === true, deps.dataDir),
      maxDumpSize: formatBytes(deps.maxDumpBytes ?? DEFAULT_MAX_DUMP_BYTES),
    });
  };

  app.get("/admin", async (request, reply) => page(request, reply));

  app.post("/admin/sign-in", { preHandler: app.csrfProtection }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    // Before anything secret is looked at: a refused `next` or a spent allowance tells nothing.
    const nextPath = safeNextPath(body.next);
    await limits.perAddress(request, reply);
    if (body.token !== undefined) {
      if (!(await desk.tokenSignInAllowed())) {
        return page(
          request,
          reply.code(403),
          "The admin token no longer signs in here: the desk has an admin account. Sign in with your own account; an admin adds accounts on /admin/users, or on the server: newsdesk desk-users add. An operator who wants the token to keep signing in sets ADMIN_TOKEN_SIGN_IN=always.",
        );
      }
      if (typeof body.token !== "string" || !tokensMatch(body.token.trim(), deps.adminToken)) {
        request.log.warn("desk sign-in with the admin token refused");
        return page(
          request,
          reply.code(401),
          "That is not the admin token. It is ADMIN_TOKEN, or the file admin-token in DATA_DIR (`newsdesk start` prints it).",
        );
      }
      reply.setCookie(ADMIN_COOKIE, adminSessionValue(deps.adminToken, Date.now()), cookieOptions);
      request.log.info("desk signed in with the admin token");
      return reply.redirect(nextPath, 303);
    }

    await limits.perAccount(request, reply);
    const login = deskLoginOrUndefined(body.login);
    const account = login ? await store.deskUserCredentials(login) : undefined;
    // Long enough for any real password (at most 256), short enough to cost nothing more.
    const password = typeof body.password === "string" ? body.password.slice(0, 1024) : "";
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash));
    if (!account || !matches) {
      request.log.warn("desk sign-in refused");
      return page(
        request,
        reply.code(401),
        "That login and password do not match an account. Check both (the login is your email address or user name); an admin can give you a new password on /admin/users.",
      );
    }
    if (account.disabledAt) {
      request.log.warn({ userId: account.id }, "desk sign-in of a disabled account refused");
      return page(
        request,
        reply.code(403),
        "This account is disabled. Ask an admin to enable it on /admin/users.",
      );
    }
    const session = newUserSession();
    await store.createDeskSession({
      id: session.id,
      userId: account.id,
      expiresAt: new Date(Date.now() + ADMIN_SESSION_SECONDS * 1000),
    });
    reply.setCookie(ADMIN_COOKIE, session.cookieValue, cookieOptions);
    request.log.info({ userId: account.id }, "desk signed in");
    return reply.redirect(nextPath, 303);
  });

  app.post("/admin/sign-out", { preHandler: app.csrfProtection }, async (request, reply) => {
    const identity = await desk.identify(request);
    // The stored session goes too: the cookie, copied elsewhere, opens nothing any more.
    if (identity?.kind === "user") await store.deleteDeskSession(identity.sessionId);
    reply.clearCookie(ADMIN_COOKIE, { path: "/" });
    return reply.redirect("/admin?done=signed-out", 303);
  });
}
