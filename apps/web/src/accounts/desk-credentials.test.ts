import { describe, expect, it } from "vitest";
import {
  checkDeskPassword,
  DeskCredentialError,
  MIN_PASSWORD_LENGTH,
  parseDeskLogin,
  parseDeskRole,
  parseDisplayName,
} from "./desk-credentials.js";

describe("desk credentials", () => {
  it.each([
    [" Ana@Example.org ", "ana@example.org"],
    ["ana.silva", "ana.silva"],
    ["desk_2", "desk_2"],
  ])("takes the login %j as %j", (typed, login) => {
    expect(parseDeskLogin(typed)).toBe(login);
  });

  it.each(["", "a", "ana silva", "ana@", "@example.org", "ana@localhost", "<ana>", 42, undefined])(
    "refuses the login %j, saying what a login is",
    (typed) => {
      expect(() => parseDeskLogin(typed)).toThrow(/email address .* or a user name/);
    },
  );

  it(`asks for at least ${MIN_PASSWORD_LENGTH} characters, and says how many were typed`, () => {
    expect(() => checkDeskPassword("short-one")).toThrow(
      new DeskCredentialError(
        "A password needs at least 12 characters (this one has 9): a few unrelated words make a good one.",
      ),
    );
    expect(() => checkDeskPassword(undefined)).toThrow(/this one has 0/);
    expect(() => checkDeskPassword("x".repeat(257))).toThrow(/at most 256/);
    expect(checkDeskPassword("twelve chars")).toBe("twelve chars");
  });

  it("knows two roles", () => {
    expect(parseDeskRole("admin")).toBe("admin");
    expect(parseDeskRole("editor")).toBe("editor");
    expect(() => parseDeskRole("owner")).toThrow(/admin or editor, not "owner"/);
  });

  it("names an account by its display name, else by its login's first part", () => {
    expect(parseDisplayName("  Ana   Silva ", "ana@example.org")).toBe("Ana Silva");
    expect(parseDisplayName("", "ana@example.org")).toBe("ana");
    expect(parseDisplayName(undefined, "desk_2")).toBe("desk_2");
    expect(() => parseDisplayName("x".repeat(101), "ana")).toThrow(/at most 100/);
  });
});
