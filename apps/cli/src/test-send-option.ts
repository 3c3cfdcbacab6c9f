/**
 * `--test-send`, on every command that sends: real sending through a test SMTP server without
 * https links or DKIM, which `assertReadyToSend` otherwise refuses.
 */
export const TEST_SEND_OPTION = [
  "--test-send",
  "send through SMTP_URL without https links or DKIM (a test setup; MAIL_TEST_MODE=1 does the same)",
] as const;
