import type { MailEnv } from "./mail-env.js";

/** `fail`: not safe to send real mail; `warn`: worth fixing, sending works. */
export type CheckStatus = "ok" | "warn" | "fail";

/** One answer of the sender checks: a line for `newsdesk doctor`. */
export interface SenderCheck {
  /** What was checked: `PUBLIC_URL`, `DKIM`, `SPF`... */
  name: string;
  status: CheckStatus;
  /** One sentence: what was found and, unless `ok`, what to do. */
  message: string;
}

/** The variables the sender checks read: the mail variables and the web app's address. */
export type SenderEnv = Pick<MailEnv, "MAIL_FROM"> &
  Partial<
    Pick<
      MailEnv,
      | "SMTP_URL"
      | "DATA_DIR"
      | "DKIM_DOMAIN"
      | "DKIM_SELECTOR"
      | "DKIM_PRIVATE_KEY"
      | "MAIL_TEST_MODE"
    >
  > & {
    /** Where links in emails point (the CLI passes its default, http://localhost:$PORT, when unset). */
    PUBLIC_URL?: string | undefined;
  };

export function ok(name: string, message: string): SenderCheck {
  return { name, status: "ok", message };
}

export function warn(name: string, message: string): SenderCheck {
  return { name, status: "warn", message };
}

export function fail(name: string, message: string): SenderCheck {
  return { name, status: "fail", message };
}
