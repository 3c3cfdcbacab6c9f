import { describe, expect, it } from "vitest";
import { parseWebEnv } from "./env.js";

describe("the web app's address", () => {
  it("listens on this machine only unless HOST says otherwise", () => {
    expect(parseWebEnv({}).HOST).toBe("127.0.0.1");
    expect(parseWebEnv({ HOST: " 0.0.0.0 " }).HOST).toBe("0.0.0.0");
    expect(parseWebEnv({ HOST: " " }).HOST).toBe("127.0.0.1");
  });
});
