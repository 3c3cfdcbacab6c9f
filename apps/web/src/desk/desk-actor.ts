import type { FastifyRequest } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";

/**
 * Who the desk's edits, approvals and audit entries name: the account's login (unique; the
 * audit page shows its display name beside it), or `admin token`. Called after the route's
 * `desk.require()` hook, so the identity is known.
 */
export async function deskActor(desk: DeskAuth, request: FastifyRequest): Promise<string> {
  const identity = await desk.identify(request);
  if (!identity) throw new Error("deskActor called on a request without a desk identity");
  return identity.kind === "user" ? identity.login : identity.name;
}
