import { describe, expect, it } from "vitest";
import { editionStatusLabel } from "./edition-status-label.js";

describe("editionStatusLabel", () => {
  it.each([
    ["draft", { status: "draft", audience: 0, queued: 0, sent: 0 }],
    ["paused", { status: "paused", audience: 4, queued: 2, sent: 1 }],
    ["sending", { status: "prepared", audience: 4, queued: 1, sent: 3 }],
    ["sent", { status: "prepared", audience: 4, queued: 0, sent: 3 }],
    ["not delivered", { status: "prepared", audience: 2, queued: 0, sent: 0 }],
    ["no audience", { status: "prepared", audience: 0, queued: 0, sent: 0 }],
  ] as const)("says %s", (label, edition) => {
    expect(editionStatusLabel(edition)).toBe(label);
  });
});
