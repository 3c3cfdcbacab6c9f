import type { DeskRole, Store } from "@newsdesk/store";
import type { FastifyReply, FastifyRequest } from "fastify";
import {
  type DeskPermission,
  PERMISSION_WORDS,
  permissionsOf,
  roleCan,
} from "../accounts/desk-roles.js";
import { ADMIN_COOKIE, bearerToken, isAdminSession, tokensMatch } from "./admin-session.js";
import { userSessionId } from "./desk-session.js";
import { signInRedirect } from "./sign-in-return.js";

/** What desk pages are told of who is signed in (`reply.locals.desk`, read by the layout). */
export interface DeskView {
  name: string;
  role: DeskRole;
  can: Record<DeskPermission, boolean>;
}

/** Who a desk request comes from: the admin token (scripts, and the first sign-in) or an account. */
export type DeskIdentity =
  | { kind: "token"; name: string; role: "admin" }
  | {
      kind: "user";
      id: number;
      login: string;
      name: string;
      role: DeskRole;
      /** The stored id of the session the cookie names. */
      sessionId: string;
    };

/** The admin token's identity; the audit names its actions so. */
export const TOKEN_IDENTITY: DeskIdentity = { kind: "token", name: "admin token", role: "admin" };

/**
 * When the admin token signs in to the desk in a browser: `until-first-admin` (the default) only
 * while no enabled admin account exists, so it creates the first one and then steps aside;
 * `always` keeps it, for an operator who wants it (`ADMIN_TOKEN_SIGN_IN`). As a bearer token
 * (scripts, Prometheus) it always works.
 */
export type TokenSignIn = "until-first-admin" | "always";

/** A signed-in editor asked for what their role does not allow: a 403 page saying who may. */
export class DeskForbiddenError extends Error {
  readonly statusCode = 403;
  readonly title = "Only an admin can do that";
  constructor(identity: DeskIdentity, permission: DeskPermission) {
    super(
      `Only an admin can ${PERMISSION_WORDS[permission]}. You are signed in as ${identity.name}, an editor: ask an admin to do it, or to make your account an admin.`,
    );
    this.name = "DeskForbiddenError";
  }
}

export interface DeskAuth {
  /** Who sent the request (once per request, however often asked), or undefined. */
  identify(request: FastifyRequest): Promise<DeskIdentity | undefined>;
  /**
   * An `onRequest` hook: without a desk identity, a browser goes to the sign-in page and anyone
   * else gets 401; signed in without `permission`, a 403 page. Sets `reply.locals.desk` for the
   * pages (who, and what they may do).
   */
  require(
    permission?: DeskPermission,
    options?: { api?: boolean },
  ): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Whether the admin token signs in on the sign-in form now. */
  tokenSignInAllowed(): Promise<boolean>;
}

/** The desk's sign-in check, over the store's accounts and sessions and the admin token. */
export function createDeskAuth(deps: {
  store: Pick<Store, "deskSessionUser" | "countDeskAdmins">;
  adminToken: string;
  tokenSignIn?: TokenSignIn | undefined;
}): DeskAuth {
  const known = new WeakMap<FastifyRequest, Promise<DeskIdentity | undefined>>();

  const tokenSignInAllowed = async () =>
    deps.tokenSignIn === "always" || (await deps.store.countDeskAdmins()) === 0;

  const resolve = async (request: FastifyRequest): Promise<DeskIdentity | undefined> => {
    const bearer = bearerToken(request.headers.authorization);
    if (bearer !== undefined) {
      return tokensMatch(bearer, deps.adminToken) ? TOKEN_IDENTITY : undefined;
    }
    const cookie = request.cookies[ADMIN_COOKIE];
    if (!cookie) return undefined;
    const unsigned = request.unsignCookie(cookie);
    if (!unsigned.valid || !unsigned.value) return undefined;
    const sessionId = userSessionId(unsigned.value);
    if (sessionId) {
      const user = await deps.store.deskSessionUser(sessionId);
      return user
        ? {
            kind: "user",
            id: user.id,
            login: user.login,
            name: user.displayName,
            role: user.role,
            sessionId,
          }
        : undefined;
    }
    // The token's own sign-in ends once an admin account exists (unless kept `always`).
    return isAdminSession(unsigned.value, deps.adminToken, Date.now()) &&
      (await tokenSignInAllowed())
      ? TOKEN_IDENTITY
      : undefined;
  };

  const identify = (request: FastifyRequest) => {
    let identity = known.get(request);
    if (!identity) {
      identity = resolve(request);
      known.set(request, identity);
    }
    return identity;
  };

  return {
    identify,
    tokenSignInAllowed,
    require(permission = "viewDesk", options = {}) {
      return async (request, reply) => {
        const identity = await identify(request);
        if (!identity) return refuseStranger(request, reply, options.api ?? false);
        reply.locals = { ...reply.locals, desk: deskView(identity) };
        if (!roleCan(identity.role, permission)) throw new DeskForbiddenError(identity, permission);
      };
    },
  };
}

/** What the pages are told of `identity`. */
export function deskView(identity: DeskIdentity): DeskView {
  return { name: identity.name, role: identity.role, can: permissionsOf(identity.role) };
}

/**
 * People (a browser asking for a page) get the sign-in page, which brings them back here (or,
 * for a form, to the page it was on: `signInRedirect`); API
 * callers and scrapers get 401 naming the header to send.
 */
function refuseStranger(request: FastifyRequest, reply: FastifyReply, api: boolean) {
  if (api || request.url.startsWith("/api/") || !wantsPage(request)) {
    return reply.code(401).header("www-authenticate", 'Bearer realm="newsdesk"').send({
      error:
        "send the admin token as `Authorization: Bearer <token>` (ADMIN_TOKEN, or the file admin-token in DATA_DIR)",
      status: 401,
    });
  }
  return reply.redirect(signInRedirect(request), 303);
}

/** Browsers name text/html in Accept when they open a page or a frame; clients of data do not. */
function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? "").includes("text/html");
}
