import { UserError } from "@newsdesk/config";
import type { DeskRole } from "@newsdesk/store";

/** Shorter passwords are refused: long ones resist guessing better than clever ones. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longer ones are refused too: no one types them, and they only cost hashing time. */
export const MAX_PASSWORD_LENGTH = 256;

/** A login, display name, role or password the desk cannot take; the message says what to fix. */
export class DeskCredentialError extends UserError {
  override name = "DeskCredentialError";
}

/** An email address or a user name (letters, digits, `.`, `_`, `-`, `+`), any case. */
const LOGIN = /^[a-z0-9][a-z0-9._+-]{1,62}(@[a-z0-9-]+(\.[a-z0-9-]+)+)?$/;

/** The login as stored (trimmed, lower case), or undefined when no account could have it. */
export function deskLoginOrUndefined(value: unknown): string | undefined {
  const login = typeof value === "string" ? value.trim().toLowerCase() : "";
  return LOGIN.test(login) && login.length <= 254 ? login : undefined;
}

/** The login as stored: trimmed and lower case; `DeskCredentialError` says what a login is. */
export function parseDeskLogin(value: unknown): string {
  const login = deskLoginOrUndefined(value);
  if (login === undefined) {
    throw new DeskCredentialError(
      "A login is an email address (ana@example.org) or a user name of letters, digits, dots, dashes or underscores (ana.silva): type one of those.",
    );
  }
  return login;
}

/** The password as typed, when long enough and not too long. */
export function checkDeskPassword(value: unknown): string {
  const password = typeof value === "string" ? value : "";
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DeskCredentialError(
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters (this one has ${password.length}): a few unrelated words make a good one.`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new DeskCredentialError(
      `A password can have at most ${MAX_PASSWORD_LENGTH} characters: pick a shorter one.`,
    );
  }
  return password;
}

/** The role named, `admin` or `editor`. */
export function parseDeskRole(value: unknown): DeskRole {
  if (value === "admin" || value === "editor") return value;
  throw new DeskCredentialError(
    `The role is admin or editor, not ${JSON.stringify(value ?? "")}: an editor reviews and edits, an admin also manages accounts, subscribers and sending.`,
  );
}

/** The name the audit shows; the login's first part when none is given. */
export function parseDisplayName(value: unknown, login: string): string {
  const name = typeof value === "string" ? value.trim().replace(/\s+/g, " ") : "";
  if (name.length > 100) {
    throw new DeskCredentialError("A display name can have at most 100 characters: shorten it.");
  }
  return name || (login.split("@")[0] as string);
}
