import type { FastifyInstance } from "fastify";
import { csrfTokenIn, WebClient } from "./web-client.js";
import { TEST_ADMIN_TOKEN } from "./web-harness.js";

/** A page's CSRF token read back as a browser would: Handlebars writes `=` as `&#x3D;`. */
export function formToken(html: string): string {
  return (csrfTokenIn(html) ?? "").replaceAll("&#x3D;", "=");
}

/** An editor's browser, signed in through the admin page's form. */
export async function signedInDesk(app: FastifyInstance): Promise<WebClient> {
  const client = new WebClient(app);
  const signIn = await client.get("/admin");
  const response = await client.post("/admin/sign-in", {
    _csrf: formToken(signIn.body),
    token: TEST_ADMIN_TOKEN,
    next: "/admin",
  });
  if (response.statusCode !== 303) throw new Error(`sign-in answered ${response.statusCode}`);
  return client;
}

/** The CSRF token of a desk page's forms (its cookie stays in the client). */
export async function deskFormToken(client: WebClient, url: string): Promise<string> {
  return formToken((await client.get(url)).body);
}
