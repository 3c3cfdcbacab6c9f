import { UserError } from "@newsdesk/config";
import type { SenderCheck, SenderEnv } from "./sender-check.js";
import { checkDkim, checkDkimKey, checkPublicUrl } from "./sender-config-checks.js";

/**
 * Real sending (an `SMTP_URL`) was asked of an install without an https `PUBLIC_URL` or
 * working, aligned DKIM. The message lists each problem with its fix.
 */
export class NotReadyToSendError extends UserError {
  override name = "NotReadyToSendError";
  constructor(readonly problems: SenderCheck[]) {
    super(
      `not ready to send real mail through SMTP_URL: ${problems.map((problem) => problem.message).join("; ")}. Run \`newsdesk doctor\` for every check; for a test setup, pass --test-send or set MAIL_TEST_MODE=1`,
    );
  }
}

/**
 * Throws `NotReadyToSendError` when `SMTP_URL` is set (real sending) but `PUBLIC_URL` is not
 * https on a public host, or DKIM is off, misaligned with `MAIL_FROM`, or its key unusable.
 * Does nothing for the outbox (no `SMTP_URL`) or in test mode (`options.testMode`, the
 * `--test-send` flag, or `env.MAIL_TEST_MODE`). Pure: reads no network.
 */
export function assertReadyToSend(
  env: SenderEnv,
  options: { testMode?: boolean | undefined } = {},
): void {
  if (!env.SMTP_URL || options.testMode || env.MAIL_TEST_MODE) return;
  const problems = [checkPublicUrl(env), checkDkim(env), checkDkimKey(env)?.check].filter(
    (check): check is SenderCheck => check?.status === "fail",
  );
  if (problems.length > 0) throw new NotReadyToSendError(problems);
}
