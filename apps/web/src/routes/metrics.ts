import type { FastifyInstance } from "fastify";
import { requireAdmin } from "../admin/require-admin.js";
import type { WebMetrics } from "../metrics/create-web-metrics.js";

/**
 * `/metrics` in Prometheus' text format, behind the admin token: Prometheus sends it as a
 * bearer token (`authorization: { credentials_file: ... }` in its scrape config).
 */
export async function metricsRoutes(
  app: FastifyInstance,
  deps: { metrics: WebMetrics; adminToken: string },
): Promise<void> {
  app.addHook("onRequest", requireAdmin(deps.adminToken));
  app.get("/metrics", async (_request, reply) => {
    const body = await deps.metrics.registry.metrics();
    return reply
      .type(deps.metrics.registry.contentType)
      .header("cache-control", "no-store")
      .send(body);
  });
}
