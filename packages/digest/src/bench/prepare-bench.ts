import { fillEncoded } from "@newsdesk/mail";
import { type Segment, segmentKey, slotValues } from "@newsdesk/newsletter";
import type { DeliverPayload } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import { buildDigestEdition } from "../edition/build-digest-edition.js";
import { queueDeliveries } from "../edition/prepare-edition.js";
import { createSegmentCache, type PreparedSegment } from "../edition/segment-cache.js";
import { subscriberLinks } from "../signed-links.js";

const LINKS = {
  secret: "bench-secret-0123456789",
  publicUrl: "https://news.example.org",
  mailDomain: "news.example.org",
};

export interface PrepareFigures {
  editionId: number;
  deliveries: number;
  jobs: number;
  buildMs: number;
  /** Rendering every segment once (MJML compile, strict validation, minification). */
  renderMs: number;
  firstCompileMs: number;
  /**
   * Median compile of the segments after the first (which loads mjml): the median, since a
   * compile waiting behind a database statement in this thread is timed with that wait.
   */
  compileMsPerSegment: number;
  rowsMs: number;
  queueMs: number;
  /** Build, then render beside delivery rows and deliver jobs: preparing the edition. */
  totalMs: number;
  /** Greeting and links filled in, HTML and text flattened, per subscriber (done at delivery). */
  fillUsPerSubscriber: number;
  largestHtmlKb: number;
}

/**
 * Prepares today's daily edition for every daily subscriber the way a schedule tick does, and
 * times each step: build, render each segment once, delivery rows in one statement, deliver
 * jobs in bulk. Then fills every subscriber's email from their segment's compiled template.
 */
export async function benchPrepare(
  deps: { store: Store; deliverQueue: Queue<DeliverPayload> },
  segments: readonly Segment[],
): Promise<PrepareFigures> {
  const { store } = deps;
  const compiles: number[] = [];
  const started = performance.now();
  const built = await buildDigestEdition(store, "daily", new Date());
  if (!built) throw new Error("the bench's articles made no edition");
  const editionId = built.row.id;
  const buildMs = performance.now() - started;

  const cache = createSegmentCache({
    publicUrl: LINKS.publicUrl,
    loadEdition: async () => built.edition,
    onCompile: (_edition, _key, ms) => compiles.push(ms),
  });
  const templates = new Map<string, PreparedSegment>();
  // Rendering and freezing the audience side by side: in production the deliver workers
  // render while the schedule tick writes rows and queues jobs; here they share this process.
  const render = async () => {
    const mark = performance.now();
    for (const segment of segments) {
      const template = await cache.get(editionId, segment);
      if (template) templates.set(segmentKey(segment), template);
    }
    return performance.now() - mark;
  };
  const freeze = async () => {
    let mark = performance.now();
    const deliveries = await store.prepareDeliveries(editionId);
    const rowsMs = performance.now() - mark;
    mark = performance.now();
    const jobs = await queueDeliveries(deps, editionId);
    return { deliveries, rowsMs, jobs, queueMs: performance.now() - mark };
  };
  const [renderMs, { deliveries, rowsMs, jobs, queueMs }] = await Promise.all([render(), freeze()]);
  const totalMs = performance.now() - started;

  const rows = await store.db.query<{ subscriberId: number; regions: string[]; beats: string[] }>(
    `SELECT subscriber_id AS "subscriberId", regions, beats FROM deliveries WHERE edition_id = $1`,
    [editionId],
  );
  let bytes = 0;
  let largest = 0;
  const mark = performance.now();
  for (const row of rows) {
    const template = templates.get(segmentKey({ regions: row.regions, beats: row.beats }));
    if (!template) continue;
    const links = subscriberLinks(LINKS, row.subscriberId);
    // As a deliver job does: the values escaped, then filled into the parts encoded once.
    const values = slotValues({
      greeting: "Hello,",
      unsubscribeUrl: links.unsubscribeUrl,
      preferencesUrl: links.preferencesUrl,
    });
    const html = Buffer.byteLength(fillEncoded(template.html, values.html).quotedPrintable);
    bytes += html + Buffer.byteLength(fillEncoded(template.text, values.text).quotedPrintable);
    if (html > largest) largest = html;
  }
  const fillUsPerSubscriber = ((performance.now() - mark) * 1000) / Math.max(rows.length, 1);
  if (bytes === 0) throw new Error("nothing was filled");

  return {
    editionId,
    deliveries,
    jobs,
    buildMs,
    renderMs,
    firstCompileMs: compiles[0] ?? 0,
    compileMsPerSegment: median(compiles.slice(1)),
    rowsMs,
    queueMs,
    totalMs,
    fillUsPerSubscriber,
    largestHtmlKb: largest / 1024,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
