import type { AddressInfo } from "node:net";
import type { Logger } from "@newsdesk/config";
import type { Store } from "@newsdesk/store";
import { simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { MailboxPortUnavailableError } from "../errors.js";
import { checkLinkToken } from "../signed-links.js";
import { readUnsubscribeRequest } from "./read-unsubscribe-request.js";

/** Largest message the mailbox takes: a request needs only its subject. */
export const MAILBOX_MAX_BYTES = 256 * 1024;
/** Recipients per message: the mailbox has one address. */
export const MAILBOX_MAX_RECIPIENTS = 1;

const USE_THE_LINK = "to unsubscribe, use the unsubscribe link in the footer of the digest email";

/** What became of one request, as logged. */
export type MailboxOutcome =
  | "unsubscribed"
  | "already-unsubscribed"
  | "unknown-subscriber"
  | "rejected-token"
  | "no-request"
  | "too-big";

/** The answer to one message: the SMTP reply, and what to log (never an address). */
export interface MailboxAnswer {
  code: 250 | 550 | 552;
  message: string;
  outcome: MailboxOutcome;
  subscriberId?: number;
}

/**
 * Answers one message sent to the unsubscribe address: reads `unsubscribe-<id>-<token>` from
 * its subject (or its text's first line), checks the token as the web unsubscribe does
 * (`checkLinkToken`) and unsubscribes through the same store call. Idempotent: a subscriber
 * already unsubscribed, bounced or gone is answered 250 too. Store errors are thrown (the SMTP
 * side answers 451, and the sender's server tries again).
 */
export async function answerUnsubscribeEmail(
  raw: Buffer,
  deps: { store: Store; secret: string },
): Promise<MailboxAnswer> {
  const parsed = await simpleParser(raw, {
    skipHtmlToText: false,
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  });
  const request = readUnsubscribeRequest({ subject: parsed.subject, text: parsed.text });
  if (!request) {
    return {
      code: 550,
      message: `No unsubscribe request in this message's subject: ${USE_THE_LINK}`,
      outcome: "no-request",
    };
  }
  const { subscriberId, token } = request;
  if (!checkLinkToken(deps.secret, "unsubscribe", subscriberId, token)) {
    return {
      code: 550,
      message: `This unsubscribe request is not valid (it was changed, or is not one of ours): ${USE_THE_LINK}`,
      outcome: "rejected-token",
      subscriberId,
    };
  }
  const { changed, subscription } = await deps.store.unsubscribeSubscriber(subscriberId);
  if (changed) {
    return {
      code: 250,
      message: "Unsubscribed: no more digests will be sent to this subscription",
      outcome: "unsubscribed",
      subscriberId,
    };
  }
  return {
    code: 250,
    message: "Already unsubscribed: there is nothing more to do",
    outcome: subscription ? "already-unsubscribed" : "unknown-subscriber",
    subscriberId,
  };
}

export interface UnsubscribeMailboxOptions {
  store: Store;
  /** The secret that signs the digests' links (`SECRET`). */
  secret: string;
  /** The links' domain (`mailDomainOf(MAIL_FROM)`): the mailbox is `unsubscribe@<mailDomain>`. */
  mailDomain: string;
  log: Logger;
  /** 0 picks a free port (tests). */
  port: number;
  host: string;
  maxBytes?: number;
}

export interface UnsubscribeMailbox {
  host: string;
  port: number;
  /** `unsubscribe@<mail domain>`, the one recipient it accepts. */
  address: string;
  /** Stops taking connections; a message being received gets up to 5 s to finish. */
  close(): Promise<void>;
}

/**
 * The receiving side of the `mailto:` in every digest's List-Unsubscribe: plain SMTP (no AUTH,
 * no STARTTLS; it sits behind the domain's MX or a forward) that accepts only
 * `unsubscribe@<mail domain>` (any case; 550 for anyone else), at most one recipient and
 * `maxBytes` per message, and answers each message with `answerUnsubscribeEmail`. Logs one line
 * per message with the subscriber id and the outcome; never an address.
 */
export async function startUnsubscribeMailbox(
  options: UnsubscribeMailboxOptions,
): Promise<UnsubscribeMailbox> {
  const address = `unsubscribe@${options.mailDomain}`.toLowerCase();
  const maxBytes = options.maxBytes ?? MAILBOX_MAX_BYTES;
  const log = options.log.child({ component: "unsubscribe-mailbox" });
  const server = new SMTPServer({
    banner: `Newsdesk unsubscribe mailbox: mail unsubscribe-ID-TOKEN to ${address}`,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: maxBytes,
    maxRecipients: MAILBOX_MAX_RECIPIENTS,
    maxClients: 50,
    closeTimeout: 5_000,
    logger: false,
    onRcptTo(recipient, _session, callback) {
      if (recipient.address.toLowerCase() === address) return callback();
      log.debug({ outcome: "wrong-recipient" }, "unsubscribe by email");
      callback(
        smtpError(
          550,
          `No such mailbox: this server only takes unsubscribe requests, at ${address}`,
        ),
      );
    },
    onData(stream, _session, callback) {
      const answer = async (): Promise<MailboxAnswer> => {
        const raw = await receive(stream, maxBytes);
        if (raw) return answerUnsubscribeEmail(raw, options);
        return {
          code: 552,
          message: `Message too big (over ${maxBytes} bytes): ${USE_THE_LINK}`,
          outcome: "too-big",
        };
      };
      answer().then(
        ({ code, message, outcome, subscriberId }) => {
          log.info({ subscriberId, outcome }, "unsubscribe by email");
          if (code === 250) callback(null, message);
          else callback(smtpError(code, message));
        },
        (error: unknown) => {
          log.error({ err: error, outcome: "failed" }, "unsubscribe by email failed");
          callback(smtpError(451, "Could not take this request just now: please try again later"));
        },
      );
    },
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    // A client dropping its connection, mostly: nothing to act on.
    log.debug({ code: error.code }, "unsubscribe mailbox connection error");
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason = { EADDRINUSE: "it is in use", EACCES: "permission denied" }[error.code ?? ""];
      reject(reason ? new MailboxPortUnavailableError(options.port, reason) : error);
    };
    server.server.once("error", onError);
    server.listen(options.port, options.host, () => {
      server.server.off("error", onError);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  log.info(
    { host: options.host, port, domain: options.mailDomain },
    "unsubscribe mailbox listening",
  );
  return {
    host: options.host,
    port,
    address,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message's bytes, or null once it is over `maxBytes` (the rest is read and dropped). */
function receive(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    stream.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxBytes) chunks.push(chunk);
    });
    stream.on("error", reject);
    stream.on("end", () =>
      resolve(stream.sizeExceeded || bytes > maxBytes ? null : Buffer.concat(chunks)),
    );
  });
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}
