import { createIngestionWorker, type IngestionWorker, loadClassify, parse } from "@newsdesk/ingest";
import type { TestWeb } from "./web-harness.js";

/**
 * The ingestion worker beside a test web app, on its Redis, queue prefix and store, parsing
 * and classifying in process (the real parser unless `options.parse` says otherwise); ready
 * to take jobs. The caller closes it before the web app.
 */
export async function startIngestionWorker(
  web: TestWeb,
  options: { parse?: typeof parse } = {},
): Promise<IngestionWorker> {
  const worker = createIngestionWorker({
    redisUrl: web.redis.url,
    prefix: web.deps.queuePrefix,
    store: web.store,
    parse: options.parse ?? parse,
    classify: loadClassify(),
    log: web.deps.log,
  });
  await worker.waitUntilReady();
  return worker;
}
