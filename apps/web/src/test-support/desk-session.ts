import type { DeskRole, DeskUser, Store } from "@newsdesk/store";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { addDeskUser } from "../accounts/add-desk-user.js";
import { csrfTokenIn, WebClient } from "./web-client.js";
import { TEST_ADMIN_TOKEN, TEST_PASSWORD_COST } from "./web-harness.js";

/** The password every test account gets. */
export const TEST_PASSWORD = "a test password, long enough";

/** A page's CSRF token read back as a browser would: Handlebars writes `=` as `&#x3D;`. */
export function formToken(html: string): string {
  return (csrfTokenIn(html) ?? "").replaceAll("&#x3D;", "=");
}

/** A desk account made the way the users page makes one, with `TEST_PASSWORD`. */
export function addTestDeskUser(
  store: Pick<Store, "createDeskUser">,
  login: string,
  role: DeskRole,
  displayName?: string,
): Promise<DeskUser> {
  return addDeskUser(
    store,
    { login, role, displayName, password: TEST_PASSWORD },
    TEST_PASSWORD_COST,
  );
}

/** Posts the sign-in form as `client` would (its CSRF token read off `/admin`). */
export async function postSignIn(
  client: WebClient,
  fields: Record<string, string>,
): Promise<LightMyRequestResponse> {
  const signIn = await client.get("/admin");
  return client.post("/admin/sign-in", { _csrf: formToken(signIn.body), ...fields });
}

/** A browser signed in through the sign-in form with `fields` (an account's, or the token). */
async function signedInWith(client: WebClient, fields: Record<string, string>): Promise<WebClient> {
  const response = await postSignIn(client, { ...fields, next: "/admin" });
  if (response.statusCode !== 303) throw new Error(`sign-in answered ${response.statusCode}`);
  return client;
}

/** A browser signed in as the account `login` (made by `addTestDeskUser`). */
export function signedInAs(
  app: FastifyInstance,
  login: string,
  remoteAddress?: string,
): Promise<WebClient> {
  return signedInWith(new WebClient(app, remoteAddress), { login, password: TEST_PASSWORD });
}

/** An editor's browser, signed in with the admin token (the desk has no admin account yet). */
export function signedInDesk(app: FastifyInstance): Promise<WebClient> {
  return signedInWith(new WebClient(app), { token: TEST_ADMIN_TOKEN });
}

/** The CSRF token of a desk page's forms (its cookie stays in the client). */
export async function deskFormToken(client: WebClient, url: string): Promise<string> {
  return formToken((await client.get(url)).body);
}
