import type { FastifyInstance } from "fastify";
import type { WebMetrics } from "../metrics/create-web-metrics.js";

/**
 * `/metrics` in Prometheus' text format. Open, like most exporters: it shows counts and
 * timings, no addresses or article text; keep it off the public internet with the proxy in
 * front (see the README).
 */
export async function metricsRoutes(
  app: FastifyInstance,
  deps: { metrics: WebMetrics },
): Promise<void> {
  app.get("/metrics", async (_request, reply) => {
    const body = await deps.metrics.registry.metrics();
    return reply
      .type(deps.metrics.registry.contentType)
      .header("cache-control", "no-store")
      .send(body);
  });
}
