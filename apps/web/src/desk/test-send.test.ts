import { describe, expect, it } from "vitest";
import { testSendAddresses, testSubject } from "./test-send.js";

describe("test sends", () => {
  it("reads addresses separated by commas, spaces or lines, once each", () => {
    expect(testSendAddresses("ana@example.org, bo@example.org\nana@example.org")).toEqual({
      addresses: ["ana@example.org", "bo@example.org"],
    });
  });

  it("says what is wrong: none, too many, or not an address", () => {
    expect(testSendAddresses("  ")).toEqual({
      problem: "Type at least one address to send the test to.",
    });
    expect(
      testSendAddresses(Array.from({ length: 11 }, (_, n) => `r${n}@example.org`).join(" ")),
    ).toMatchObject({
      problem: expect.stringContaining("at most 10 addresses; you typed 11"),
    });
    expect(testSendAddresses("ana@example.org nope")).toEqual({
      problem: '"nope" is not an email address: fix it, then send again.',
    });
  });

  it("marks the subject", () => {
    expect(testSubject("Newsdesk daily: rivers rise")).toBe("[TEST] Newsdesk daily: rivers rise");
  });
});
