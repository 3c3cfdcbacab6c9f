import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestWeb, type TestWeb } from "./test-support/web-harness.js";

describe("/healthz and the work the queues lost", () => {
  let web: TestWeb;
  beforeAll(async () => {
    web = await startTestWeb();
  });
  afterAll(async () => {
    await web?.close();
  });

  it("counts a stored dump that no queued job will ever parse", async () => {
    // A dump row with no ingest job: what a Redis restarted without its data leaves behind.
    await web.store.registerDump({
      name: "lost.txt",
      content: new TextEncoder().encode("A headline\nA paragraph under it.\n"),
    });
    const response = await web.app.inject({ url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, lost: { dumps: 1, deliveries: 0 } });
  });
});
