import type { DeskUser, Store } from "@newsdesk/store";
import {
  checkDeskPassword,
  parseDeskLogin,
  parseDeskRole,
  parseDisplayName,
} from "./desk-credentials.js";
import { hashPassword, type ScryptCost } from "./password-hash.js";

/** An account as someone typed it: on the desk's form or `newsdesk desk-users add`. */
export interface DeskUserInput {
  login: unknown;
  displayName?: unknown;
  role: unknown;
  password: unknown;
}

/**
 * The one way a desk account is made (the desk's users page and the CLI): every field checked
 * (`DeskCredentialError` says what to fix), the password hashed with scrypt, the login unique
 * (`DeskUserExistsError`).
 */
export async function addDeskUser(
  store: Pick<Store, "createDeskUser">,
  input: DeskUserInput,
  cost?: ScryptCost,
): Promise<DeskUser> {
  const login = parseDeskLogin(input.login);
  const role = parseDeskRole(input.role);
  const password = checkDeskPassword(input.password);
  return store.createDeskUser({
    login,
    role,
    displayName: parseDisplayName(input.displayName, login),
    passwordHash: await hashPassword(password, cost),
  });
}

/** Gives an account a new password (checked, hashed); its sessions end. */
export async function resetDeskPassword(
  store: Pick<Store, "setDeskUserPassword">,
  userId: number,
  password: unknown,
  cost?: ScryptCost,
): Promise<boolean> {
  return store.setDeskUserPassword(userId, await hashPassword(checkDeskPassword(password), cost));
}
