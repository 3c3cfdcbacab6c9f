import { DEFAULT_BRANDING } from "@newsdesk/newsletter";
import type { FastifyReply } from "fastify";

/** The newsletter's name for this reply's page (set by the app's hook from the branding). */
export function siteNameOf(reply: FastifyReply): string {
  const name = reply.locals?.siteName;
  return typeof name === "string" ? name : DEFAULT_BRANDING.name;
}
