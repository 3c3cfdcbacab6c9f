import { join } from "node:path";

/**
 * The lines `newsdesk start` and `newsdesk web` print: where the pages are, and how to open the
 * admin pages (the token is never printed: it is in a file only this user can read, or in
 * ADMIN_TOKEN).
 */
export function webUrlLines(
  url: string,
  env: { ADMIN_TOKEN?: string | undefined; DATA_DIR: string; PUBLIC_URL: string },
  outbox: boolean,
): string[] {
  const token = env.ADMIN_TOKEN
    ? "sign in with ADMIN_TOKEN"
    : `sign in with the token: cat ${join(env.DATA_DIR, "admin-token")}`;
  return [
    `  web      ${url}/  (front page: subscribe)`,
    `  preview  ${url}/preview  (the newsletter for any regions and beats)`,
    outbox ? `  outbox   ${url}/outbox  (every email sent, as received)` : "",
    `  admin    ${url}/admin  (${token})`,
    url === env.PUBLIC_URL ? "" : `  links    emails link to ${env.PUBLIC_URL} (PUBLIC_URL)`,
  ].filter(Boolean);
}
