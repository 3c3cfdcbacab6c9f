import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@newsdesk/config";
import { createTransport, type Mailer } from "@newsdesk/mail";
import { startTestRedis, type TestRedis, uniquePrefix } from "@newsdesk/queue/test-support";
import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import type { FastifyInstance } from "fastify";
import { createWebApp } from "../create-web-app.js";
import type { WebDeps } from "../web-deps.js";

export const TEST_SECRET = "web-test-secret-0123456789";
export const TEST_ADMIN_TOKEN = "web-test-admin-token-0123456789";
/** scrypt at a cost a test can afford many times over (the real one is checked in its own test). */
export const TEST_PASSWORD_COST = { ln: 10, r: 8, p: 1 };

export interface TestWeb {
  app: FastifyInstance;
  /** Set once `listen()` was called (browser tests); `app.inject` needs no port. */
  url: string;
  store: TestStore;
  redis: TestRedis;
  mailer: Mailer;
  /** `$DATA_DIR`; the outbox is `outboxDir`. */
  dataDir: string;
  outboxDir: string;
  deps: WebDeps;
  /** Listens on a free port of 127.0.0.1 and sets `url`. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The web app on real services, for one test file: a test store (PostgreSQL from DATABASE_URL
 * in a schema of its own, else PGlite), Redis (REDIS_URL, else a throwaway redis-server), the
 * outbox in a temporary folder, a queue prefix of its own.
 */
export async function startTestWeb(overrides: Partial<WebDeps> = {}): Promise<TestWeb> {
  const [store, redis, dataDir] = await Promise.all([
    openTestStore(),
    startTestRedis(),
    mkdtemp(join(tmpdir(), "newsdesk-web-")),
  ]);
  const mailer = createTransport({
    DATA_DIR: dataDir,
    MAIL_FROM: "Newsdesk <digest@news.example.org>",
    SMTP_MAX_CONNECTIONS: 1,
    MAIL_RATE_PER_SECOND: 1_000,
  });
  const deps: WebDeps = {
    store,
    mailer,
    redisUrl: redis.url,
    queuePrefix: uniquePrefix(),
    secret: TEST_SECRET,
    publicUrl: "http://localhost",
    adminToken: TEST_ADMIN_TOKEN,
    passwordCost: TEST_PASSWORD_COST,
    dataDir,
    log: createLogger(process.env.LOG_LEVEL ?? "silent"),
    development: false,
    ...overrides,
  };
  const app = await createWebApp(deps);
  const web: TestWeb = {
    app,
    url: "",
    store,
    redis,
    mailer,
    dataDir,
    outboxDir: join(dataDir, "outbox"),
    deps,
    async listen() {
      await app.listen({ port: 0, host: "127.0.0.1" });
      web.url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      return web.url;
    },
    async close() {
      await app.close();
      mailer.close();
      await Promise.all([store.close(), redis.stop()]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return web;
}
