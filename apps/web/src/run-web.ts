import type { AddressInfo } from "node:net";
import { ClosingSteps, type Logger } from "@newsdesk/config";
import {
  loadSecret,
  openConnections,
  PortUnavailableError,
  publicUrlOf,
  scheduleOf,
} from "@newsdesk/digest";
import { createTransport, type Mailer } from "@newsdesk/mail";
import { untilRedisStopsAnswering } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { FastifyInstance } from "fastify";
import { createWebApp } from "./create-web-app.js";
import type { WebEnv } from "./env.js";

export interface RunningWeb {
  app: FastifyInstance;
  /** Where it listens, e.g. `http://localhost:3000`. */
  url: string;
  /** Opens `/admin/*`: `ADMIN_TOKEN` or the one generated into `$DATA_DIR/admin-token`. */
  adminToken: string;
  /** Graceful stop; resolves with the names of the steps skipped because their service is gone. */
  close(): Promise<string[]>;
}

/** What a process that already runs the worker or the digest lends the web app. */
export interface SharedWebConnections {
  redisUrl: string;
  store: Store;
  mailer: Mailer;
}

/**
 * Wires and starts the web app on `HOST:PORT` (this machine only unless HOST says otherwise):
 * Redis (REDIS_URL, or the embedded redis-server), the store (DATABASE_URL, or PGlite) and the
 * mail transport, unless `shared` lends them (`newsdesk start`, where PGlite has one owner).
 * `port: 0` picks a free port (tests).
 */
export async function runWeb(
  env: WebEnv,
  deps: { log: Logger; shared?: SharedWebConnections; port?: number; host?: string },
): Promise<RunningWeb> {
  const cleanup = new ClosingSteps(deps.log);
  try {
    const { redisUrl, store } = await openConnections(env, {
      name: "web",
      log: deps.log,
      cleanup,
      shared: deps.shared,
    });
    let mailer = deps.shared?.mailer;
    if (!mailer) {
      const own = createTransport(env);
      cleanup.push("the mail transport", async () => own.close());
      mailer = own;
    }
    const adminToken = await loadSecret(env.ADMIN_TOKEN, env.DATA_DIR, "admin-token");
    const app = await createWebApp({
      store,
      mailer,
      redisUrl,
      queuePrefix: env.QUEUE_PREFIX,
      secret: await loadSecret(env.SECRET, env.DATA_DIR),
      publicUrl: publicUrlOf(env),
      schedule: scheduleOf(env),
      adminToken,
      adminTokenFromEnvironment: env.ADMIN_TOKEN !== undefined,
      tokenSignIn: env.ADMIN_TOKEN_SIGN_IN,
      dataDir: env.DATA_DIR,
      maxDumpBytes: env.MAX_DUMP_BYTES,
      log: deps.log,
      trustProxy: env.TRUST_PROXY,
      development: env.NODE_ENV !== "production",
    });
    // Its queues close with it, so it waits while Redis answers (requests in flight finish).
    cleanup.push("the web app", () => app.close(), {
      giveUpWhen: untilRedisStopsAnswering(redisUrl),
    });
    const wanted = deps.port ?? env.PORT;
    await app.listen({ port: wanted, host: deps.host ?? env.HOST }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE") throw new PortUnavailableError(wanted, "it is in use");
      if (code === "EACCES") throw new PortUnavailableError(wanted, "permission denied");
      throw error;
    });
    const { port } = app.server.address() as AddressInfo;
    return { app, url: `http://localhost:${port}`, adminToken, close: () => cleanup.run() };
  } catch (error) {
    await cleanup.run();
    throw error;
  }
}
