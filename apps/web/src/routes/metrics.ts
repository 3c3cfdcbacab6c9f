import type { FastifyInstance } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import type { WebMetrics } from "../metrics/create-web-metrics.js";

/**
 * `/metrics` in Prometheus' text format, behind the admin token: Prometheus sends it as a
 * bearer token (`authorization: { credentials_file: ... }` in its scrape config).
 */
export async function metricsRoutes(
  app: FastifyInstance,
  deps: { metrics: WebMetrics; desk: DeskAuth },
): Promise<void> {
  app.addHook("onRequest", deps.desk.require("operate"));
  app.get("/metrics", async (_request, reply) => {
    const body = await deps.metrics.registry.metrics();
    return reply
      .type(deps.metrics.registry.contentType)
      .header("cache-control", "no-store")
      .send(body);
  });
}
