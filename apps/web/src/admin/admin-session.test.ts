import { describe, expect, it } from "vitest";
import {
  ADMIN_SESSION_SECONDS,
  adminSessionValue,
  bearerToken,
  isAdminSession,
  tokensMatch,
} from "./admin-session.js";

const token = "admin-token-0123456789abcdef";
const now = 1_800_000_000_000;

describe("admin session", () => {
  it("accepts its own value until it expires", () => {
    const value = adminSessionValue(token, now);
    expect(isAdminSession(value, token, now + 1000)).toBe(true);
    expect(isAdminSession(value, token, now + ADMIN_SESSION_SECONDS * 1000 + 1)).toBe(false);
  });

  it("refuses values made with another token, edited or malformed", () => {
    const value = adminSessionValue(token, now);
    expect(isAdminSession(value, "another-token-0123456789", now)).toBe(false);
    expect(isAdminSession(value.replace(/^\d/, "9"), token, now)).toBe(false);
    expect(isAdminSession(`${now}.x`, token, now)).toBe(false);
    expect(isAdminSession(undefined, token, now)).toBe(false);
    expect(isAdminSession(adminSessionValue(token, now + 3_600_000), token, now)).toBe(false);
  });

  it("compares tokens of any length", () => {
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch("short", token)).toBe(false);
    expect(tokensMatch("", token)).toBe(false);
  });

  it("reads bearer tokens", () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
    expect(bearerToken(`Basic ${token}`)).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
