import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import type { BrandingSource } from "../branding/branding-source.js";
import { createWebMetrics } from "../metrics/create-web-metrics.js";
import type { PreviewRenderer } from "../preview/preview-renderer.js";
import type { WebDeps } from "../web-deps.js";
import { openWebQueues, queueList } from "../web-queues.js";
import { adminRoutes } from "./admin.js";
import { deskAuditRoutes } from "./desk-audit.js";
import { deskBrandingRoutes } from "./desk-branding.js";
import { deskDumpRoutes } from "./desk-dumps.js";
import { deskEditionRoutes } from "./desk-editions.js";
import { deskSubscriberRoutes } from "./desk-subscribers.js";
import { deskUserRoutes } from "./desk-users.js";
import { dumpUploadRoutes } from "./dump-upload.js";
import { dumpsApiRoutes } from "./dumps-api.js";
import { metricsRoutes } from "./metrics.js";
import { outboxRoutes } from "./outbox.js";
import { queuesBoardRoutes } from "./queues-board.js";

/**
 * The desk's side of the app, sharing one set of queues: admin sign-in, the outbox, Bull Board,
 * dump uploads (the API and the admin page's form), the dumps' articles and their edits,
 * subscribers (list, import, export, suppression list), editions (drafts, send
 * status, resume, picks), the branding, the audit log, the desk's accounts and /metrics. Each is its own plugin, so
 * each one's hooks (the admin check, Bull Board's policy, the uploads' body parsers) stay on
 * its own routes.
 */
export async function operationsRoutes(
  app: FastifyInstance,
  deps: WebDeps & { desk: DeskAuth; branding: BrandingSource; previews: PreviewRenderer },
): Promise<void> {
  const queues = await openWebQueues(deps);
  const metrics = createWebMetrics({
    queues: queueList(queues),
    store: deps.store,
    redisUrl: deps.redisUrl,
    queuePrefix: deps.queuePrefix,
    log: deps.log,
  });
  app.addHook("onClose", async () => {
    await metrics.close();
    await queues.close();
  });
  await app.register(adminRoutes, deps);
  await app.register(outboxRoutes, deps);
  await app.register(queuesBoardRoutes, { queues, desk: deps.desk });
  await app.register(dumpsApiRoutes, { ...deps, queues });
  await app.register(dumpUploadRoutes, { ...deps, queues });
  await app.register(deskDumpRoutes, deps);
  await app.register(deskSubscriberRoutes, deps);
  await app.register(deskEditionRoutes, { ...deps, queues });
  await app.register(deskAuditRoutes, deps);
  await app.register(deskUserRoutes, deps);
  await app.register(deskBrandingRoutes, deps);
  await app.register(metricsRoutes, { metrics, desk: deps.desk });
}
