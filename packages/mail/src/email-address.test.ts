import { describe, expect, it } from "vitest";
import { parseEmailAddress } from "./email-address.js";
import { InvalidEmailAddressError } from "./errors.js";

describe("parseEmailAddress", () => {
  it("accepts plain addresses and lower-cases the domain only", () => {
    expect(parseEmailAddress(" Ana.Lima+news@Example.ORG ")).toBe("Ana.Lima+news@example.org");
    expect(parseEmailAddress("b@mail.example.co.uk")).toBe("b@mail.example.co.uk");
  });

  it.each([
    "",
    "ana",
    "ana@",
    "@example.org",
    "ana@localhost",
    "ana@[127.0.0.1]",
    "Ana <ana@example.org>",
    "ana@example.org\r\nBcc: victim@example.org",
    "ana@example.org\nX: y",
    "ana@exa mple.org",
    "ana@example.org,bob@example.org",
    '"ana"@example.org',
    `${"a".repeat(250)}@example.org`,
  ])("rejects %j", (value) => {
    expect(() => parseEmailAddress(value)).toThrow(InvalidEmailAddressError);
  });
});
