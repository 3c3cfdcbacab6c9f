import { describe, expect, it } from "vitest";
import { rateLimitAddress } from "./rate-limit-address.js";

describe("rateLimitAddress", () => {
  it.each([
    ["ana@example.org", "ana@example.org"],
    ["Ana@Example.ORG", "ana@example.org"],
    ["  ana@example.org ", "ana@example.org"],
    ["ana+news@example.org", "ana@example.org"],
    ["ANA+News+2@example.org", "ana@example.org"],
    ["ana+@example.org", "ana@example.org"],
    ["+tag@example.org", "+tag@example.org"],
    ["ana.lima@example.org", "ana.lima@example.org"],
    ["ana@sub+domain.example.org", "ana@sub+domain.example.org"],
    ['"ana@home"+x@example.org', '"ana@home"@example.org'],
    ["not-an-address", "not-an-address"],
  ])("counts %j as %j", (email, expected) => {
    expect(rateLimitAddress(email)).toBe(expected);
  });
});
