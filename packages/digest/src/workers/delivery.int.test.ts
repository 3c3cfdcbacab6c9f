import type { TestSmtpServer } from "@newsdesk/mail/test-support";
import { headerValue } from "@newsdesk/mail/test-support";
import type { Queues } from "@newsdesk/queue";
import type { TestStore } from "@newsdesk/store/test-support";
import { beforeEach, describe, expect, it } from "vitest";
import { buildDigestEdition } from "../edition/build-digest-edition.js";
import { prepareEdition } from "../edition/prepare-edition.js";
import { linkToken } from "../signed-links.js";
import {
  type DigestTestRedis,
  TEST_PUBLIC_URL as PUBLIC_URL,
  TEST_SECRET as SECRET,
  startTestDeliveryWorker,
  startTestMail,
  type TestQueues,
} from "../test-support/digest-services.js";
import { jobsFinished, seedStories, subscribers } from "../test-support/harness.js";
import { useDigestServices } from "../test-support/use-digest-services.js";

describe("delivering an edition through a real SMTP server", () => {
  let store: TestStore;
  let redis: DigestTestRedis;
  let open: TestQueues;
  let queues: Queues;
  let smtp: TestSmtpServer | undefined;
  const compiles: string[] = [];
  const { afterTest } = useDigestServices(
    (services) => {
      ({ store, redis } = services);
    },
    (opened) => {
      open = opened;
      queues = opened.queues;
    },
  );
  beforeEach(async () => {
    compiles.length = 0;
    smtp = undefined;
    await seedStories(store, [
      { headline: "Harbour strike talks resume in Rotterdam", region: "europe", beat: "politics" },
      { headline: "Clinic network expands across Lisbon", region: "europe", beat: "health" },
      { headline: "Vaccine depots open in Nairobi", region: "africa", beat: "health" },
      { headline: "Parliament in Accra passes budget", region: "africa", beat: "politics" },
    ]);
  });
  async function start(reject?: Parameters<typeof startTestMail>[0]) {
    const testMail = await startTestMail({ ...reject, maxConnections: 4 });
    afterTest(() => testMail.stop());
    smtp = testMail.smtp;
    const worker = startTestDeliveryWorker({
      redisUrl: redis.url,
      prefix: open.prefix,
      store,
      mailer: testMail.mailer,
      concurrency: 8,
      onCompile: (_edition, key) => compiles.push(key),
    });
    afterTest(() => worker.close());
    await worker.waitUntilReady();
    return worker;
  }

  async function buildAndPrepare() {
    const built = await buildDigestEdition(store, "daily", new Date());
    if (!built) throw new Error("no edition built");
    const prepared = await prepareEdition({ store, deliverQueue: queues.deliver }, built.row.id, {
      backoffDelayMs: 5,
    });
    return { built, prepared };
  }

  it("sends each subscriber their regions and beats, with both parts and the unsubscribe headers", async () => {
    await store.addSubscribers([
      ...subscribers(3, { prefix: "europe", regions: ["europe"] }),
      ...subscribers(2, { prefix: "africahealth", regions: ["africa"], beats: ["health"] }),
      ...subscribers(1, { prefix: "politics", beats: ["politics"] }),
      ...subscribers(1, { prefix: "paused", status: "paused" }),
      ...subscribers(1, { prefix: "weekly", frequency: "weekly" }),
    ]);
    const running = await start();
    const { built, prepared } = await buildAndPrepare();
    expect(prepared).toEqual({ created: 6, queued: 6, paused: false });
    expect((await jobsFinished(running.worker, 6)).completed).toBe(6);
    const received = await (smtp as TestSmtpServer).waitForMessages(6);
    expect(received).toHaveLength(6);

    const to = (address: string) => {
      const mail = received.find((item) => item.to.includes(address));
      if (!mail) throw new Error(`${address} got nothing`);
      return mail.parsed;
    };
    const europe = to("europe0@example.org");
    expect(europe.html).toContain("Harbour strike talks resume in Rotterdam");
    expect(europe.html).toContain("Clinic network expands across Lisbon");
    expect(europe.html).not.toContain("Nairobi");
    expect(europe.text).toContain("Harbour strike talks resume in Rotterdam");
    expect(europe.text).not.toContain("Accra");

    const africaHealth = to("africahealth1@example.org");
    expect(africaHealth.html).toContain("Vaccine depots open in Nairobi");
    expect(africaHealth.html).not.toContain("Parliament in Accra");
    expect(africaHealth.html).not.toContain("Rotterdam");

    const politics = to("politics0@example.org");
    expect(politics.text).toContain("Parliament in Accra passes budget");
    expect(politics.text).toContain("Harbour strike talks resume in Rotterdam");
    expect(politics.text).not.toContain("Lisbon");

    // Headers: deterministic Message-ID, one-click unsubscribe with a signed link, no tracking.
    const rows = await store.listDeliveries(built.row.id);
    const europeRow = rows.find((row) =>
      row.messageId?.includes(`subscriber-${row.subscriberId}.`),
    );
    expect(rows.every((row) => row.state === "sent")).toBe(true);
    const sub = europeRow?.subscriberId as number;
    const mail = received.find((item) => item.parsed.messageId === europeRow?.messageId)?.parsed;
    expect(mail?.messageId).toMatch(
      new RegExp(
        `^<edition-${built.row.id}\\.subscriber-${sub}\\.[0-9a-f]{32}@news\\.example\\.org>$`,
      ),
    );
    const token = linkToken(SECRET, "unsubscribe", sub);
    expect(headerValue(europe, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(headerValue(mail ?? europe, "List-Unsubscribe")).toBe(
      `<${PUBLIC_URL}/unsubscribe?s=${sub}&t=${token}>, <mailto:unsubscribe@news.example.org?subject=unsubscribe-${sub}-${token}>`,
    );
    expect(mail?.html).toContain(`${PUBLIC_URL}/unsubscribe?s=${sub}&amp;t=${token}`);
    for (const item of received) {
      expect(item.parsed.html).not.toMatch(/<img[^>]+(width="1"|height="1")/i);
      // Direct links only (no click redirects): the archive, the unsubscribe and preferences pages.
      const hrefs = [...String(item.parsed.html).matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        expect(href).toMatch(
          /^https:\/\/news\.example\.org\/(articles\/\d+|archive\/\d+|unsubscribe\?|preferences\?)/,
        );
      }
    }
    // MJML compiled once per distinct segment, not per subscriber.
    expect(compiles.sort()).toEqual([
      "regions=;beats=politics",
      "regions=africa;beats=health",
      "regions=europe;beats=",
    ]);
  });

  it("never sends a row twice, whatever is queued again", async () => {
    await store.addSubscribers(subscribers(5));
    const running = await start();
    const { built } = await buildAndPrepare();
    await jobsFinished(running.worker, 5);
    // A second --send, and a stray job for a sent row: nothing goes out again.
    const again = await prepareEdition({ store, deliverQueue: queues.deliver }, built.row.id);
    expect(again).toEqual({ created: 0, queued: 0, paused: false });
    const [first] = await store.listDeliveries(built.row.id);
    await queues.deliver.add("deliver", { deliveryId: first?.id as number }, { jobId: "stray" });
    await jobsFinished(running.worker, 1);
    expect((smtp as TestSmtpServer).received).toHaveLength(5);
    expect(await store.deliveryCounts(built.row.id)).toMatchObject({ sent: 5, total: 5 });
  });

  it("delivers everything, once each, through a server refusing 20% of messages with 451", async () => {
    const count = 40;
    await store.addSubscribers(subscribers(count));
    const running = await start({ reject: ({ index }) => (index % 5 === 2 ? 451 : undefined) });
    const { built } = await buildAndPrepare();
    const finished = await jobsFinished(running.worker, count);
    expect(finished).toEqual({ completed: count, failed: 0 });
    const server = smtp as TestSmtpServer;
    expect(server.refused).toBeGreaterThanOrEqual(count / 5);
    const recipients = server.received.flatMap((item) => item.to).sort();
    expect(recipients).toHaveLength(count);
    expect(new Set(recipients).size).toBe(count);
    const rows = await store.listDeliveries(built.row.id);
    expect(rows.every((row) => row.state === "sent")).toBe(true);
    expect(rows.some((row) => row.attempts > 1 && row.lastError === null)).toBe(true);
  });

  it("records a permanent refusal and suppresses a subscriber who bounces again and again", async () => {
    await store.addSubscribers([...subscribers(2), ...subscribers(1, { prefix: "gone" })]);
    const running = await start({
      reject: ({ to }) => (to.includes("gone0@example.org") ? 550 : undefined),
    });
    const { built } = await buildAndPrepare();
    expect(await jobsFinished(running.worker, 3)).toEqual({ completed: 2, failed: 1 });
    expect(await store.deliveryCounts(built.row.id)).toMatchObject({ sent: 2, bounced: 1 });
    const gone = (await store.listDeliveries(built.row.id)).find((row) => row.state === "bounced");
    expect(gone?.lastError).toMatch(/550/);
    expect(gone?.attempts).toBe(1);
    const subscriber = await store.getSubscriber(gone?.subscriberId as number);
    expect(subscriber).toMatchObject({ status: "active", bounceCount: 1 });
    // The second bounce in a row (bounceLimit 2) suppresses them.
    const deliveryId = gone?.id as number;
    await store.db.query("UPDATE deliveries SET state = 'queued' WHERE id = $1", [deliveryId]);
    await queues.deliver.add("deliver", { deliveryId }, { jobId: "again" });
    await jobsFinished(running.worker, 1);
    expect(await store.getSubscriber(gone?.subscriberId as number)).toMatchObject({
      status: "bounced",
      bounceCount: 2,
    });
  });
});
