import { join } from "node:path";
import { fail, ok, type SenderCheck, type SenderEnv, warn } from "./sender-check.js";

/** Resolves when the SMTP server at the URL answers and accepts a session in it. */
export type VerifySmtp = (url: string) => Promise<void>;

/** The SMTP server answers and accepts a session; with no `SMTP_URL`, says mail stays local. */
export async function checkSmtp(
  env: Pick<SenderEnv, "SMTP_URL" | "DATA_DIR">,
  verifySmtp: VerifySmtp,
): Promise<SenderCheck> {
  if (!env.SMTP_URL) {
    const outbox = join(env.DATA_DIR ?? ".data", "outbox");
    return warn(
      "SMTP",
      `SMTP_URL is unset: digests are written to ${outbox} as .eml files, fine for trying, not for real sending: set SMTP_URL=smtp://user:password@host:587`,
    );
  }
  const server = withoutCredentials(env.SMTP_URL);
  try {
    await verifySmtp(env.SMTP_URL);
    return ok("SMTP", `${server} answers and accepts a session`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      "SMTP",
      `${server} did not accept a session (${hidePassword(reason, env.SMTP_URL)}): check SMTP_URL's host, port, user and password, and that this machine may connect there`,
    );
  }
}

/** The URL with its user and password left out, for messages and logs. */
function withoutCredentials(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  url.username = "";
  url.password = "";
  return url.href.replace(/\/$/, "");
}

function hidePassword(text: string, smtpUrl: string): string {
  const password = decodeURIComponent(new URL(smtpUrl).password);
  return password ? text.split(password).join("***") : text;
}
