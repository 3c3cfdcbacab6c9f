import type { FastifyRequest } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { parseIdParam } from "../id-param.js";
import type { WebDeps } from "../web-deps.js";
import { parseArticleRef } from "./article-ref.js";
import type { SentEditions } from "./sent-editions.js";

/** An article a request may read, whether readers can (it was in a sent edition), and who asks. */
export interface ReadableArticle {
  id: number;
  sent: boolean;
  /** Signed in to the desk: shown what readers are not (which dumps the article came in). */
  desk: boolean;
}

/**
 * The article `/articles/:id` names, if this request may read it: by its reference
 * (`articleRef`, what the archive links) or by its number (what emails link), for anyone when
 * a sent edition named it, and for the signed-in desk (the preview's cards, the link check)
 * whatever its state. Undefined means 404, which says nothing of whether the article exists.
 */
export async function readableArticle(
  request: FastifyRequest,
  deps: Pick<WebDeps, "secret"> & { desk: DeskAuth },
  sent: SentEditions,
): Promise<ReadableArticle | undefined> {
  const ref = (request.params as { id?: unknown }).id;
  const id = parseArticleRef(deps.secret, ref) ?? parseIdParam(request.params);
  if (id === undefined) return undefined;
  const desk = (await deps.desk.identify(request)) !== undefined;
  if (await sent.hasArticle(id)) return { id, sent: true, desk };
  return desk ? { id, sent: false, desk } : undefined;
}
