import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TEMPLATES_PATH } from "@newsdesk/newsletter";
import { afterEach, describe, expect, it } from "vitest";
import { startTestWeb, TEST_ADMIN_TOKEN, type TestWeb } from "../test-support/web-harness.js";
import { type TemplateWatcher, watchTemplates } from "./template-watcher.js";

describe("template reload in development", () => {
  let dir: string | undefined;
  let watcher: TemplateWatcher | undefined;
  let web: TestWeb | undefined;
  afterEach(async () => {
    watcher?.close();
    await web?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("calls back once per burst of edits, in subfolders too", async () => {
    dir = await mkdtemp(join(tmpdir(), "templates-"));
    const changed = new Promise<void>((resolve) => {
      watcher = watchTemplates(resolve, { dir: dir as string, debounceMs: 20 });
    });
    await writeFile(join(dir, "edition.mjml"), "<mjml></mjml>");
    await changed;
  });

  it("tells an open preview page to reload when a newsletter template changes", async () => {
    web = await startTestWeb({ development: true });
    const url = await web.listen();
    // The preview is a desk page: the admin token opens it, and its event stream.
    const bearer = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    const page = await web.app.inject({
      url: "/preview",
      headers: { accept: "text/html", ...bearer },
    });
    expect(page.body).toContain('<script src="/assets/preview-reload.js" defer></script>');
    const controller = new AbortController();
    const response = await fetch(`${url}/preview/events`, {
      signal: controller.signal,
      headers: bearer,
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let received = "";
    const until = async (text: string) => {
      while (!received.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${text}`);
        received += decoder.decode(value);
      }
    };
    await until(": watching templates");
    // Touching a template (its times only, the text unchanged) is an edit to the watcher.
    const file = fileURLToPath(new URL("edition.txt", TEMPLATES_PATH));
    const now = new Date();
    await utimes(file, now, now);
    await until("event: change");
    controller.abort();
  });
});
