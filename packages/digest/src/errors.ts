import { UserError } from "@newsdesk/config";
/** The edition a delivery belongs to is gone or was never stored: a bug or a deleted edition. */
export class EditionNotFoundError extends Error {
  override name = "EditionNotFoundError";
  constructor(readonly editionId: number) {
    super(
      `edition ${editionId} is not in the store (deleted?): its deliveries cannot be sent; build a new edition with \`newsdesk digest build --send\``,
    );
  }
}

/** A command named an edition that does not exist. */
export class UnknownEditionError extends UserError {
  override name = "UnknownEditionError";
  constructor(readonly editionId: number) {
    super(
      `there is no edition ${editionId}: \`npx newsdesk digest build\` prints the current edition's id, and a paused edition's id is in the digest's log`,
    );
  }
}

/** The web app's port is taken, or not ours to use. */
export class PortUnavailableError extends UserError {
  override name = "PortUnavailableError";
  constructor(
    readonly port: number,
    reason: string,
  ) {
    super(
      `the web app cannot listen on port ${port} (${reason}): stop what runs there (is Newsdesk already running?), or start with another PORT, e.g. PORT=3001 npm start`,
    );
  }
}

/** The unsubscribe mailbox's port (`UNSUBSCRIBE_SMTP_PORT`) is taken, or not ours to use. */
export class MailboxPortUnavailableError extends UserError {
  override name = "MailboxPortUnavailableError";
  constructor(
    readonly port: number,
    reason: string,
  ) {
    super(
      `the unsubscribe mailbox cannot listen on port ${port} (${reason}): stop what runs there (is another digest process running on this host?), set another UNSUBSCRIBE_SMTP_PORT (ports under 1024 need privileges: use 2525 and forward to it), or unset it to run no mailbox`,
    );
  }
}

/**
 * Another try of this delivery, in a process still running, claimed it moments ago and may be
 * sending it now: this try sends nothing and is retried later, when the row is finished (or
 * its holder gone).
 */
export class DeliveryHeldElsewhereError extends Error {
  override name = "DeliveryHeldElsewhereError";
  constructor(readonly deliveryId: number) {
    super(
      `delivery ${deliveryId} is being sent by another try in a running digest process; this try will look again after its backoff (nothing to do unless it keeps failing: then check that process's logs)`,
    );
  }
}
