import {
  buildEdition,
  type Edition,
  editionPeriod,
  type FilledEmail,
  type Frequency,
  fillForSubscriber,
  renderSegment,
  type Segment,
  type SegmentTemplate,
} from "@newsdesk/newsletter";
import { listEditionArticles, type Sql } from "@newsdesk/store";

export interface PreviewOptions {
  frequency: Frequency;
  segment: Segment;
  /** Where the links in the email point, without a trailing slash. */
  publicUrl: string;
  now?: Date | undefined;
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
 * The newsletter a subscriber with these choices would get now, from the stored articles:
 * the sender's own path (`buildEdition`, then `renderSegment`'s one MJML compile, then
 * `fillForSubscriber`), with unsigned stand-ins for the subscriber's links. Used by
 * `newsdesk preview` and the web app's `/preview`.
 */
export async function renderPreview(db: Sql, options: PreviewOptions): Promise<PreviewResult> {
  const now = options.now ?? new Date();
  const period = editionPeriod(options.frequency, now);
  const span = options.frequency === "daily" ? "the last 24 hours" : "the last 7 days";
  const rows = await listEditionArticles(db, { since: period.start, until: period.end });
  const articles = rows.map((row) => ({ ...row, publishedAt: row.createdAt }));
  const edition = buildEdition({ articles, frequency: options.frequency, now });
  if (!edition) return { kind: "no-articles", span };
  const template = await renderSegment(edition, options.segment, { publicUrl: options.publicUrl });
  if (!template) return { kind: "no-match", span };
  const email = fillForSubscriber(template, previewSubscriberLinks(options.publicUrl));
  return { kind: "email", edition, template, email, span };
}
