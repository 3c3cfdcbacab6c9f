import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";

function capture() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream, text: () => text };
}

describe("createLogger", () => {
  it("writes JSON lines to a stream that is not a terminal", () => {
    const out = capture();
    createLogger("info", out.stream).info({ dumpId: 3 }, "dump parsed");
    expect(JSON.parse(out.text())).toMatchObject({ level: 30, dumpId: 3, msg: "dump parsed" });
  });

  it("writes one readable line per entry for a terminal, without pid and host", async () => {
    const out = capture();
    const log = createLogger("info", out.stream, { pretty: true });
    log.info({ dumpId: 3 }, "dump parsed");
    log.debug("not at info");
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text()).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: dump parsed \{"dumpId":3\}\n$/);
  });
});
