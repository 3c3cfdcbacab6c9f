import {
  type Branding,
  type Edition,
  type FilledEmail,
  type Frequency,
  fillForSubscriber,
  renderSegment,
  type Segment,
  type SegmentTemplate,
} from "@newsdesk/newsletter";
import { carriedOverSince, type Sql } from "@newsdesk/store";
import type { DigestPeriod, DigestSchedule } from "../schedule/digest-period.js";
import { type PeriodEdition, periodEdition } from "./build-digest-edition.js";
import { draftPeriod } from "./draft-period.js";
import { loadBranding } from "./load-branding.js";

export interface PreviewOptions {
  frequency: Frequency;
  segment: Segment;
  /** Where the links in the email point, without a trailing slash. */
  publicUrl: string;
  now?: Date | undefined;
  /** When editions go out (`DIGEST_HOUR`, `DIGEST_WEEKDAY`); the default schedule unless given. */
  schedule?: DigestSchedule | undefined;
  /**
   * Builds the period's edition, or finds it in the caller's cache (the web app keeps one per
   * period and data version); `periodEdition` when not given.
   */
  buildEdition?: ((period: DigestPeriod, now: Date) => Promise<PeriodEdition | null>) | undefined;
}

/** The preview's email, or why there is none (with the period it looked at, for messages). */
export type PreviewResult =
  | {
      kind: "email";
      edition: Edition;
      template: SegmentTemplate;
      email: FilledEmail;
      span: string;
      period: DigestPeriod;
      branding: Branding;
    }
  | { kind: "no-articles"; span: string; period: DigestPeriod }
  | { kind: "no-match"; span: string; period: DigestPeriod };

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
 * the sender's own path (the period still to be sent, `draftPeriod`, built by `periodEdition`
 * with the editor's picks, then `renderSegment`'s one MJML compile with the desk's branding,
 * then `fillForSubscriber`), with unsigned stand-ins for the subscriber's links. Used by
 * `newsdesk preview` and the web app's `/preview`.
 */
export async function renderPreview(db: Sql, options: PreviewOptions): Promise<PreviewResult> {
  const now = options.now ?? new Date();
  const period = await draftPeriod(db, options.frequency, now, options.schedule);
  const [built, branding] = await Promise.all([
    options.buildEdition
      ? options.buildEdition(period, now)
      : periodEdition(db, options.frequency, period, now),
    loadBranding(db),
  ]);
  // With nothing built, the span still starts where the next edition reads from: the cut of an
  // early send, not the period's start (which may be hours ahead and say "wait till then").
  const since =
    built?.since ??
    (await carriedOverSince(db, { frequency: options.frequency, periodStart: period.start }));
  const span = `the period since ${since.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  if (!built) return { kind: "no-articles", span, period };
  const { edition } = built;
  const template = await renderSegment(edition, options.segment, {
    publicUrl: options.publicUrl,
    branding,
  });
  if (!template) return { kind: "no-match", span, period };
  const email = fillForSubscriber(template, previewSubscriberLinks(options.publicUrl));
  return { kind: "email", edition, template, email, span, period, branding };
}
