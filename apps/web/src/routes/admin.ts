import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  ADMIN_COOKIE,
  ADMIN_SESSION_SECONDS,
  adminSessionValue,
  tokensMatch,
} from "../admin/admin-session.js";
import { isAdmin } from "../admin/require-admin.js";
import { safeNextPath } from "../admin/safe-next-path.js";
import { signInLimit } from "../admin/sign-in-limit.js";
import { DEFAULT_MAX_DUMP_BYTES } from "../dumps/receive-dump.js";
import { formatBytes } from "../preview/email-size.js";
import type { WebDeps } from "../web-deps.js";

/**
 * `/admin`: the sign-in form (the admin token, once, for a signed httpOnly cookie; CSRF-checked)
 * and, signed in, the desk's tools and the dump upload form (`dump-upload.ts`).
 * `POST /admin/sign-out` ends the session.
 */
export async function adminRoutes(
  app: FastifyInstance,
  deps: Pick<
    WebDeps,
    "adminToken" | "publicUrl" | "mailer" | "maxDumpBytes" | "redisUrl" | "queuePrefix"
  >,
): Promise<void> {
  const secure = deps.publicUrl.startsWith("https:");
  const limitSignIn = await signInLimit(app, deps);

  const page = (request: FastifyRequest, reply: FastifyReply, problem?: string) => {
    const { next } = request.query as { next?: string };
    const signedIn = problem === undefined && isAdmin(request, deps.adminToken);
    return reply.view("admin.hbs", {
      title: signedIn ? "Admin" : "Sign in",
      signedIn,
      problem,
      next: safeNextPath(next ?? (request.body as { next?: string } | undefined)?.next),
      csrfToken: reply.generateCsrf(),
      smtp: deps.mailer.kind === "smtp",
      publicUrl: deps.publicUrl,
      maxDumpSize: formatBytes(deps.maxDumpBytes ?? DEFAULT_MAX_DUMP_BYTES),
    });
  };

  app.get("/admin", async (request, reply) => page(request, reply));

  app.post("/admin/sign-in", { preHandler: app.csrfProtection }, async (request, reply) => {
    const { token, next } = (request.body ?? {}) as { token?: string; next?: string };
    // Before the token is looked at: a refused `next` or a spent allowance tells nothing of it.
    const nextPath = safeNextPath(next);
    await limitSignIn(request, reply);
    if (typeof token !== "string" || !tokensMatch(token.trim(), deps.adminToken)) {
      request.log.warn("admin sign-in refused");
      return page(
        request,
        reply.code(401),
        "That is not the admin token. It is ADMIN_TOKEN, or the file admin-token in DATA_DIR (`newsdesk start` prints it).",
      );
    }
    reply.setCookie(ADMIN_COOKIE, adminSessionValue(deps.adminToken, Date.now()), {
      signed: true,
      httpOnly: true,
      // Strict: no other site can make a signed-in admin's browser act (Bull Board's API included).
      sameSite: "strict",
      secure,
      path: "/",
      maxAge: ADMIN_SESSION_SECONDS,
    });
    return reply.redirect(nextPath, 303);
  });

  app.post("/admin/sign-out", { preHandler: app.csrfProtection }, async (_request, reply) => {
    reply.clearCookie(ADMIN_COOKIE, { path: "/" });
    return reply.redirect("/admin", 303);
  });
}
