import { parseEnv, runtimeEnv } from "@newsdesk/config";
import { mailEnv } from "@newsdesk/mail";
import { z } from "zod";
import type { FailurePolicy } from "./edition/failure-rate.js";
import type { DigestSchedule } from "./schedule/digest-period.js";

export { InvalidEnvError as InvalidDigestEnvError } from "@newsdesk/config";

/** Every variable the digest reads; parsed once at start-up (see `.env.example`). */
export const digestEnv = runtimeEnv.extend(mailEnv.shape).extend({
  /** The web app's port. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Where links in emails point; unset: http://localhost:$PORT. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Signs unsubscribe and preferences links; unset: generated once into `$DATA_DIR/secret`. */
  SECRET: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.string().min(16, "SECRET must be at least 16 characters").optional())
    .optional(),
  /** Deliver jobs in flight in one process (the SMTP pool and MAIL_RATE_PER_SECOND bound them). */
  DELIVER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  /** Permanent refusals in a row after which a subscriber is suppressed (status bounced). */
  BOUNCE_LIMIT: z.coerce.number().int().min(1).max(100).default(3),
  /**
   * Port of the unsubscribe mailbox (`unsubscribe@<MAIL_FROM's domain>`, the List-Unsubscribe
   * mailto); unset: the mailbox does not run.
   */
  UNSUBSCRIBE_SMTP_PORT: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.coerce.number<string>().int().min(1).max(65_535).optional())
    .optional(),
  /** Address the unsubscribe mailbox listens on (`0.0.0.0` in a container). */
  UNSUBSCRIBE_SMTP_HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** The hour (0-23) editions go out, on each subscriber's own clock (`subscribers.timezone`). */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(6),
  /** The day weekly editions go out: a weekday name (`monday`, `mon`) or 0 (Sunday) to 6. */
  DIGEST_WEEKDAY: z
    .string()
    .trim()
    .default("monday")
    .transform((value, context) => {
      const day = weekdayNumber(value);
      if (day === undefined) {
        context.addIssue({
          code: "custom",
          message: `${JSON.stringify(value)} is not a weekday: use monday .. sunday, or 0 (Sunday) to 6`,
        });
        return z.NEVER;
      }
      return day;
    }),
  /** An edition pauses itself when more than this share (0-1) of its deliveries fail for good. */
  EDITION_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0.2),
  /** Deliveries that must have finished before the failure rate can pause an edition. */
  EDITION_FAILURE_MIN_SAMPLE: z.coerce.number().int().min(1).default(20),
});

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function weekdayNumber(value: string): number | undefined {
  if (/^[0-6]$/.test(value)) return Number(value);
  const name = value.toLowerCase();
  const day = WEEKDAYS.findIndex((weekday) => name.length >= 3 && weekday.startsWith(name));
  return day === -1 ? undefined : day;
}

export type DigestEnv = z.infer<typeof digestEnv>;

/** When editions go out, as configured. */
export function scheduleOf(env: Pick<DigestEnv, "DIGEST_HOUR" | "DIGEST_WEEKDAY">): DigestSchedule {
  return { hour: env.DIGEST_HOUR, weekday: env.DIGEST_WEEKDAY };
}

/** When an edition pauses itself, as configured. */
export function failurePolicyOf(
  env: Pick<DigestEnv, "EDITION_FAILURE_RATE" | "EDITION_FAILURE_MIN_SAMPLE">,
): FailurePolicy {
  return { maxRate: env.EDITION_FAILURE_RATE, minSample: env.EDITION_FAILURE_MIN_SAMPLE };
}

/** Parses the environment once at start-up. */
export function parseDigestEnv(env: NodeJS.ProcessEnv): DigestEnv {
  return parseEnv(digestEnv, env);
}
