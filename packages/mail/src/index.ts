export { assertReadyToSend, NotReadyToSendError } from "./assert-ready-to-send.js";
export { composeEmail, listIdHeader, type OutgoingEmail } from "./compose-email.js";
export {
  createTransport,
  isPermanent,
  type Mailer,
  type SentEmail,
  type TransportEnv,
} from "./create-transport.js";
export { type DkimKey, dkimKeyOf } from "./dkim-record.js";
export { parseEmailAddress } from "./email-address.js";
export {
  type EncodedBody,
  type EncodedTemplate,
  encodeTemplate,
  fillEncoded,
} from "./encoded-body.js";
export {
  InvalidEmailAddressError,
  InvalidMessageTokenError,
  MailConfigError,
  PermanentSendError,
} from "./errors.js";
export { type MailEnv, mailEnv, SMTP_TIMEOUT_DEFAULTS } from "./mail-env.js";
export { messageFileName, messageIdFor, newMessageToken } from "./message-id.js";
export type { CheckStatus, SenderCheck, SenderEnv } from "./sender-check.js";
export { checkSender } from "./sender-checks.js";
export { type ProbeOptions, type SenderProbes, senderProbes } from "./sender-probes.js";
