import { fileURLToPath } from "node:url";
import fastifyFormbody from "@fastify/formbody";
import fastifyStatic from "@fastify/static";
import fastifyView from "@fastify/view";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import Handlebars from "handlebars";
import { createDeskAuth } from "./admin/desk-auth.js";
import { createBrandingSource } from "./branding/branding-source.js";
import "./view-locals.js";
import { renderErrorPage } from "./error-page.js";
import { createPreviewRenderer } from "./preview/preview-renderer.js";
import { archiveRoutes } from "./routes/archive.js";
import { healthRoutes } from "./routes/health.js";
import { operationsRoutes } from "./routes/operations.js";
import { previewRoutes } from "./routes/preview.js";
import { subscriberPages } from "./routes/subscriber-pages.js";
import { registerSecurity } from "./security.js";
import type { WebDeps } from "./web-deps.js";

const VIEWS_DIR = fileURLToPath(new URL("../views/", import.meta.url));
const PUBLIC_DIR = fileURLToPath(new URL("../public/", import.meta.url));

/** Form posts and dump uploads larger than this are refused with 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * The web app: pages rendered on the server (they work without JavaScript), with security
 * headers, CSRF-checked forms and a page for every error. Does not listen: `runWeb` does,
 * tests use `app.inject` or listen on port 0.
 */
export async function createWebApp(deps: WebDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // pino's Logger is Fastify's logger; only the generic parameters differ.
    loggerInstance: deps.log as FastifyBaseLogger,
    // A line per request only with LOG_LEVEL=debug: at info, a terminal shows what happened
    // (failed requests are logged by the error handler below either way).
    logController: new LogController({
      disableRequestLogging: !deps.log.isLevelEnabled("debug"),
    }),
    bodyLimit: BODY_LIMIT_BYTES,
    // Behind a proxy, set it to trust X-Forwarded-For; rate limits key on the client's address.
    trustProxy: deps.trustProxy ?? false,
  });
  await registerSecurity(app, {
    secret: deps.secret,
    secureCookies: deps.publicUrl.startsWith("https:"),
  });
  await app.register(fastifyFormbody, { bodyLimit: BODY_LIMIT_BYTES });
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: "/assets/" });
  await app.register(fastifyView, {
    engine: { handlebars: Handlebars.create() },
    root: VIEWS_DIR,
    layout: "layout.hbs",
    viewExt: "hbs",
    options: {
      partials: {
        flash: "partials/flash.hbs",
        choices: "partials/subscription-choices.hbs",
        summary: "partials/subscription-summary.hbs",
        dumpUploadForm: "partials/dump-upload-form.hbs",
      },
    },
    production: !deps.development,
    defaultContext: { siteName: "Newsdesk" },
  });
  // Every page names the newsletter as the desk branded it (`siteName` in the layout).
  const branding = createBrandingSource(deps.store.db);
  app.addHook("preHandler", async (_request, reply) => {
    reply.locals = { ...reply.locals, siteName: (await branding.current()).name };
  });
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) =>
    renderErrorPage(error, request, reply),
  );
  app.setNotFoundHandler((request, reply) =>
    renderErrorPage(
      Object.assign(new Error(`Nothing is at ${request.url}.`), { statusCode: 404 }),
      request,
      reply,
    ),
  );
  // Who is signed in to the desk, asked by every desk page (and the archive, which shows the
  // desk more of an article).
  const desk = createDeskAuth(deps);
  await app.register(healthRoutes, deps);
  // One per app: /preview, its frame and the desk's drafts share builds and emails.
  const previews = createPreviewRenderer(deps);
  await app.register(previewRoutes, { ...deps, desk, previews });
  await app.register(archiveRoutes, { ...deps, desk });
  await app.register(operationsRoutes, { ...deps, desk, branding, previews });
  await app.register(subscriberPages, deps);
  return app;
}
