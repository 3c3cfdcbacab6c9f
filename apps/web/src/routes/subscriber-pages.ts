import type { FastifyInstance } from "fastify";
import { registerAttemptLimits } from "../attempt-limiter.js";
import { renderErrorPage } from "../error-page.js";
import type { WebDeps } from "../web-deps.js";
import { confirmRoutes } from "./confirm.js";
import { preferencesRoutes } from "./preferences.js";
import { subscribeRoutes } from "./subscribe.js";
import { unsubscribeRoutes } from "./unsubscribe.js";

/** Framework errors in words a reader can act on; anything else is shown as it is. */
const FRIENDLY: Record<string, { statusCode: number; message: string }> = {
  FST_CSRF_INVALID_TOKEN: {
    statusCode: 403,
    message:
      "This form has expired or was sent from another site. Go back, reload the page and send the form again.",
  },
  FST_CSRF_MISSING_SECRET: {
    statusCode: 403,
    message:
      "This form could not be checked: your browser did not send back our cookie. Allow cookies for this site, reload the page and send the form again.",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    statusCode: 413,
    message:
      "That form is far larger than any subscription needs. Go back, check what was typed or pasted into it, and send it again.",
  },
};

/**
 * The reader's pages: subscribe (front page), confirm, preferences and unsubscribe, with their
 * own rate limiter (counters in Redis, so several web processes share them) and error wording.
 */
export async function subscriberPages(app: FastifyInstance, deps: WebDeps): Promise<void> {
  await registerAttemptLimits(app, deps, "subscribe-limit");
  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    const friendly = error.code ? FRIENDLY[error.code] : undefined;
    return renderErrorPage(friendly ?? error, request, reply);
  });
  await app.register(subscribeRoutes, deps);
  await app.register(confirmRoutes, deps);
  await app.register(preferencesRoutes, deps);
  await app.register(unsubscribeRoutes, deps);
}
