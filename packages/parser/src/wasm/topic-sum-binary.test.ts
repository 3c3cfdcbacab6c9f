import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import wabt from "wabt";
import { TOPIC_SUM_WASM } from "./topic-sum-binary.js";

describe("topic-sum-binary.ts", () => {
  it("holds the bytes wabt compiles topic-sum.wat to (else run `npm run wasm -w @newsdesk/parser`)", async () => {
    const wat = readFileSync(new URL("./topic-sum.wat", import.meta.url), "utf8");
    const module = (await wabt()).parseWat("topic-sum.wat", wat, { simd: true });
    const compiled = Buffer.from(module.toBinary({}).buffer).toString("base64");
    module.destroy();
    expect(
      compiled === TOPIC_SUM_WASM,
      "topic-sum-binary.ts is stale: run `npm run wasm -w @newsdesk/parser` after editing topic-sum.wat",
    ).toBe(true);
  });
});
