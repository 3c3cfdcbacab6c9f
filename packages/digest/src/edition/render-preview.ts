import {
  type Edition,
  type FilledEmail,
  type Frequency,
  fillForSubscriber,
  renderSegment,
  type Segment,
  type SegmentTemplate,
} from "@newsdesk/newsletter";
import type { Sql } from "@newsdesk/store";
import { type DigestSchedule, digestPeriod } from "../schedule/digest-period.js";
import { periodEdition } from "./build-digest-edition.js";

export interface PreviewOptions {
  frequency: Frequency;
  segment: Segment;
  /** Where the links in the email point, without a trailing slash. */
  publicUrl: string;
  now?: Date | undefined;
  /** When editions go out (`DIGEST_HOUR`, `DIGEST_WEEKDAY`); the default schedule unless given. */
  schedule?: DigestSchedule | undefined;
}

/** The preview's email, or why there is none (with the period it looked at, for messages). */
export type PreviewResult =
  | { kind: "email"; edition: Edition; template: SegmentTemplate; email: FilledEmail; span: string }
  | { kind: "no-articles"; span: string }
  | { kind: "no-match"; span: string };

/** The per-subscriber links of a preview: the real ones are signed for each subscriber. */
export function previewSubscriberLinks(publicUrl: string) {
  return {
    greeting: "Hello,",
    unsubscribeUrl: `${publicUrl}/unsubscribe`,
    preferencesUrl: `${publicUrl}/preferences`,
  };
}

/**
 * The newsletter a subscriber with these choices would get at the next send, as it stands now:
 * the sender's own path (the period `digest build` sends, `periodEdition`, then
 * `renderSegment`'s one MJML compile, then `fillForSubscriber`), with unsigned stand-ins for
 * the subscriber's links. Used by `newsdesk preview` and the web app's `/preview`.
 */
export async function renderPreview(db: Sql, options: PreviewOptions): Promise<PreviewResult> {
  const now = options.now ?? new Date();
  const period = digestPeriod(options.frequency, now, options.schedule);
  const span = `the period since ${period.start.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const built = await periodEdition(db, options.frequency, period, now);
  if (!built) return { kind: "no-articles", span };
  const { edition } = built;
  const template = await renderSegment(edition, options.segment, { publicUrl: options.publicUrl });
  if (!template) return { kind: "no-match", span };
  const email = fillForSubscriber(template, previewSubscriberLinks(options.publicUrl));
  return { kind: "email", edition, template, email, span };
}
