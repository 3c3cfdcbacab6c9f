import type { FastifyRequest } from "fastify";
import { isAdmin } from "../admin/require-admin.js";
import { parseIdParam } from "../id-param.js";
import type { WebDeps } from "../web-deps.js";
import { parseArticleRef } from "./article-ref.js";
import type { SentEditions } from "./sent-editions.js";

/** An article a request may read, and whether readers can (it was in a sent edition). */
export interface ReadableArticle {
  id: number;
  sent: boolean;
}

/**
 * The article `/articles/:id` names, if this request may read it: by its reference
 * (`articleRef`, what the archive links) or by its number (what emails link), for anyone when
 * a sent edition named it, and for the signed-in desk (the preview's cards, the link check)
 * whatever its state. Undefined means 404, which says nothing of whether the article exists.
 */
export async function readableArticle(
  request: FastifyRequest,
  deps: Pick<WebDeps, "secret" | "adminToken">,
  sent: SentEditions,
): Promise<ReadableArticle | undefined> {
  const ref = (request.params as { id?: unknown }).id;
  const id = parseArticleRef(deps.secret, ref) ?? parseIdParam(request.params);
  if (id === undefined) return undefined;
  if (await sent.hasArticle(id)) return { id, sent: true };
  return isAdmin(request, deps.adminToken) ? { id, sent: false } : undefined;
}
