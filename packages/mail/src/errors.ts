import { UserError } from "@newsdesk/config";
/** An email address that is malformed or could smuggle headers (CR/LF). */
export class InvalidEmailAddressError extends UserError {
  override name = "InvalidEmailAddressError";
  constructor(readonly value: string) {
    super(
      `${JSON.stringify(value.slice(0, 100))} is not a valid email address: give one address like ana@example.org (no display name, no spaces or line breaks)`,
    );
  }
}

/** The mail configuration is incomplete or contradicts itself. */
export class MailConfigError extends UserError {
  override name = "MailConfigError";
}

/**
 * The SMTP server refused a message for good (a 5xx reply): sending it again would get the
 * same answer. Anything else that fails while sending is worth another try.
 */
export class PermanentSendError extends Error {
  override name = "PermanentSendError";
  constructor(
    readonly responseCode: number | undefined,
    readonly response: string,
    options?: { cause?: unknown },
  ) {
    super(
      `the mail server refused the message for good (${response}): check the address, or the server's policy`,
      options,
    );
  }
}

/** A delivery's Message-ID token is not one `newMessageToken` made. */
export class InvalidMessageTokenError extends Error {
  override name = "InvalidMessageTokenError";
  constructor(readonly value: string) {
    super(
      `${JSON.stringify(value.slice(0, 80))} is not a message token: store the value of newMessageToken() (32 hex digits) with the delivery and pass that`,
    );
  }
}
