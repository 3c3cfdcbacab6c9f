import { UserError } from "@newsdesk/config";
/** A command option the user can fix; the message says how. */
export class OptionError extends UserError {
  override name = "OptionError";
}

/** Nothing to show for what was asked; the message says what would give something. */
export class NothingToShowError extends UserError {
  override name = "NothingToShowError";
}

/**
 * The embedded database belongs to a running process that does not run the digest (a
 * `newsdesk worker`), or no Redis reaches it: nothing can take a digest job over.
 */
export class DigestNotRunningError extends UserError {
  override name = "DigestNotRunningError";
}

/** The running digest took a handed-over job and failed it, or did not answer in time. */
export class HandOverFailedError extends UserError {
  override name = "HandOverFailedError";
}
