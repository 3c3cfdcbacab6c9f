import { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply } from "fastify";
import { attemptLimiter } from "../attempt-limiter.js";
import { choicesView } from "../subscribers/choices-view.js";
import { requestSubscription } from "../subscribers/request-subscription.js";
import { addressRateKey, SUBSCRIBE_LIMITS } from "../subscribers/subscribe-limits.js";
import { type FormProblems, parseSubscribeForm } from "../subscribers/subscription-form.js";
import type { WebDeps } from "../web-deps.js";

/**
 * The front page's subscribe form. POST /subscribe always ends in the same redirect to "check
 * your inbox", whether the address was new, pending, subscribed or a bot's: nobody learns from
 * it who subscribes. Needs `@fastify/rate-limit` registered on the instance (Redis-backed).
 */
export async function subscribeRoutes(app: FastifyInstance, deps: WebDeps): Promise<void> {
  const perIp = attemptLimiter(
    app,
    SUBSCRIBE_LIMITS.perIp, // IPv6 by /64: one household or host holds a whole block.
    (request) => `ip:${normalizeIP(request.ip)}`,
  );
  const perAddress = attemptLimiter(
    app,
    SUBSCRIBE_LIMITS.perAddress,
    (request) =>
      `address:${addressRateKey(deps.secret, String((request.body as { email?: unknown }).email))}`,
  );

  app.get("/", async (_request, reply) => renderForm(reply, 200, {}, {}));

  app.post("/subscribe", { preHandler: app.csrfProtection }, async (request, reply) => {
    await perIp(
      request,
      reply,
      "Too many subscribe attempts from your network. Please wait {wait}, then try again.",
    );
    const form = parseSubscribeForm(request.body);
    if (!form.ok) return renderForm(reply, 400, request.body, form.problems);
    await perAddress(
      request,
      reply,
      "We have sent this address several emails in the last hour. Please check that inbox (and its spam folder), or wait {wait} before trying again.",
    );
    // A filled-in honeypot is a bot: it gets the same answer, and nobody gets an email.
    if (!form.value.trap) await requestSubscription(deps, form.value, request.log);
    return reply.redirect("/subscribe/check-inbox", 303);
  });

  app.get("/subscribe/check-inbox", async (_request, reply) =>
    reply.view("subscribe-sent.hbs", { title: "Check your inbox" }),
  );
}

async function renderForm(
  reply: FastifyReply,
  status: number,
  values: unknown,
  problems: FormProblems,
): Promise<FastifyReply> {
  const fields = (values ?? {}) as Record<string, unknown>;
  const email = typeof fields.email === "string" ? fields.email.slice(0, 320) : "";
  return reply.code(status).view("subscribe.hbs", {
    title: "Subscribe",
    csrfToken: reply.generateCsrf(),
    email,
    problems: Object.keys(problems).length > 0 ? problems : undefined,
    choices: choicesView(fields),
    detectTimeZone: true,
  });
}
