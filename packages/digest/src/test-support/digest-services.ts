import { createLogger } from "@newsdesk/config";
import { createTransport, type Mailer } from "@newsdesk/mail";
import {
  startTestSmtpServer,
  type TestSmtpOptions,
  type TestSmtpServer,
} from "@newsdesk/mail/test-support";
import {
  closeConnection,
  createProducerConnection,
  createQueues,
  type Queues,
} from "@newsdesk/queue";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import type { Redis } from "ioredis";
import {
  createDeliveryWorker,
  type DeliveryWorker,
  type DeliveryWorkerOptions,
} from "../workers/create-delivery-worker.js";

/** The links, signing secret and mail domain every digest test sends with. */
export const TEST_PUBLIC_URL = "https://news.example.org";
export const TEST_SECRET = "test-secret-0123456789";
export const TEST_MAIL_DOMAIN = "news.example.org";

/** Redis for a test file (throwaway unless REDIS_URL) and a connection to clean up with. */
export interface DigestTestRedis extends TestRedis {
  admin: Redis;
}

export async function startDigestTestRedis(): Promise<DigestTestRedis> {
  const redis = await startTestRedis();
  const admin = createProducerConnection(redis.url, testLog, "newsdesk-test-admin");
  return {
    url: redis.url,
    admin,
    async stop() {
      await closeConnection(admin);
      await redis.stop();
    },
  };
}

/** The queues under a prefix of their own; `close` also deletes every key of the prefix. */
export interface TestQueues {
  prefix: string;
  queues: Queues;
  close(): Promise<void>;
}

export function openTestQueues(redis: DigestTestRedis, prefix = uniquePrefix()): TestQueues {
  const producer = createProducerConnection(redis.url, testLog);
  const queues = createQueues({ connection: producer, prefix });
  return {
    prefix,
    queues,
    async close() {
      await queues.close();
      await closeConnection(producer);
      await deleteKeys(redis.admin, prefix);
    },
  };
}

/** A real smtp-server and a pooled mailer sending to it. */
export interface TestMail {
  smtp: TestSmtpServer;
  mailer: Mailer;
  stop(): Promise<void>;
}

export async function startTestMail(
  options: TestSmtpOptions & { maxConnections?: number } = {},
): Promise<TestMail> {
  const { maxConnections = 2, ...smtpOptions } = options;
  const smtp = await startTestSmtpServer(smtpOptions);
  const mailer = createTransport({
    SMTP_URL: smtp.url,
    DATA_DIR: "/nonexistent",
    SMTP_MAX_CONNECTIONS: maxConnections,
    MAIL_RATE_PER_SECOND: 1_000,
    MAIL_FROM: `Newsdesk <digest@${TEST_MAIL_DOMAIN}>`,
  });
  return {
    smtp,
    mailer,
    async stop() {
      mailer.close();
      await smtp.stop();
    },
  };
}

/** A deliver worker with the tests' links, secret and domain, silent, at 1,000 emails/s. */
export function startTestDeliveryWorker(
  options: Pick<DeliveryWorkerOptions, "redisUrl" | "prefix" | "store" | "mailer"> &
    Partial<DeliveryWorkerOptions>,
): DeliveryWorker {
  return createDeliveryWorker({
    log: createLogger("silent"),
    publicUrl: TEST_PUBLIC_URL,
    secret: TEST_SECRET,
    mailDomain: TEST_MAIL_DOMAIN,
    concurrency: 4,
    ratePerSecond: 1_000,
    bounceLimit: 2,
    ...options,
  });
}
