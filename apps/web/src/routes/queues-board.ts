import { createBullBoard } from "@bull-board/api";
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter";
import { FastifyAdapter } from "@bull-board/fastify";
import type { Queues } from "@newsdesk/queue";
import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { queueList } from "../web-queues.js";

export const QUEUES_BOARD_PATH = "/admin/queues";

/**
 * Bull Board's own page needs more than the app's policy: its `<base href>`, inline styles and
 * Google's fonts. Only its routes get this; the app's pages keep theirs.
 */
export const QUEUES_BOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
  "font-src 'self' data: https://fonts.gstatic.com",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
].join("; ");

/** `/admin/queues`: Bull Board over every queue of packages/queue, admins only (it retries and removes jobs). */
export async function queuesBoardRoutes(
  app: FastifyInstance,
  deps: { queues: Queues; desk: DeskAuth },
): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUES_BOARD_PATH);
  createBullBoard({
    queues: queueList(deps.queues).map((queue) => new BullMQAdapter(queue)),
    serverAdapter,
    options: { uiConfig: { boardTitle: "Newsdesk queues" } },
  });
  app.addHook("onRequest", deps.desk.require("operate"));
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("content-security-policy", QUEUES_BOARD_CSP);
    return payload;
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUES_BOARD_PATH });
}
