import type { SubmittedDump } from "@newsdesk/ingest";
import type { DumpRow } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { receivedMessage } from "./received-message.js";

function submitted(fields: Partial<SubmittedDump>, articleCount: number | null = null) {
  const dump = { id: 7, name: "wire.txt", status: "queued", articleCount } as DumpRow;
  return { dump, created: true, queued: true, ...fields };
}

describe("receivedMessage", () => {
  it("says a new dump is queued", () => {
    expect(receivedMessage(submitted({}))).toBe(
      "Queued for ingest as dump 7. Its articles appear once the worker has parsed it.",
    );
  });

  it("counts the articles of a dump already ingested, one article or several", () => {
    expect(receivedMessage(submitted({ created: false, queued: false }, 1))).toBe(
      "This file was already ingested, as dump 7 (1 article): nothing new to queue.",
    );
    expect(receivedMessage(submitted({ created: false, queued: false }, 12))).toMatch(
      /\(12 articles\)/,
    );
  });

  it("says why a dump sent again failed before, and that it will fail again as it is", () => {
    const reason = "NotTextError: not a text dump: byte 5 is binary data. Export the articles.";
    expect(receivedMessage(submitted({ created: false, failedBefore: reason }))).toBe(
      `This file failed before, as dump 7: ${reason} It is queued again, and fails the same way unless the parser changed since.`,
    );
  });

  it("says a dump sent again while queued is still in the queue", () => {
    expect(receivedMessage(submitted({ created: false }))).toBe(
      "This file was uploaded before, as dump 7; it is in the ingest queue.",
    );
  });
});
