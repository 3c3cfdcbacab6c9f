import { linkToken } from "@newsdesk/digest";
import type { Subscription } from "@newsdesk/store";
import type { FastifyInstance, FastifyReply } from "fastify";
import { choicesView } from "../subscribers/choices-view.js";
import { type FormProblems, parsePreferencesForm } from "../subscribers/subscription-form.js";
import { verifiedSubscriberLink } from "../subscribers/verified-links.js";
import type { WebDeps } from "../web-deps.js";

const NOTICES: Record<string, string> = {
  saved: "Saved. Your next digest follows these choices.",
  paused: "Paused. You get no digests until you resume; your choices are kept.",
  resumed: "Resumed. Your digest starts again with the next edition.",
};

/**
 * `/preferences?s=&t=`, from every digest: change regions, beats, frequency and time zone, or
 * pause and resume, without subscribing again. The forms are CSRF-checked; each change
 * redirects back to the page (POST, redirect, GET) with a notice.
 */
export async function preferencesRoutes(app: FastifyInstance, deps: WebDeps): Promise<void> {
  app.get("/preferences", async (request, reply) => {
    const link = await verifiedSubscriberLink(deps, "preferences", request.query);
    const { subscription } = link;
    if (!subscription || !isOpen(subscription)) return renderClosed(reply, subscription);
    const done = (request.query as { done?: unknown }).done;
    return renderForm(reply, deps, subscription, link.token, {
      notice: typeof done === "string" ? NOTICES[done] : undefined,
    });
  });

  app.post("/preferences", { preHandler: app.csrfProtection }, async (request, reply) => {
    const link = await verifiedSubscriberLink(deps, "preferences", request.body);
    if (!link.subscription || !isOpen(link.subscription)) {
      return renderClosed(reply, link.subscription);
    }
    const form = parsePreferencesForm(request.body);
    if (!form.ok) {
      return renderForm(reply.code(400), deps, link.subscription, link.token, {
        problems: form.problems,
        values: request.body,
      });
    }
    const action = form.value;
    const updated =
      action.kind === "save"
        ? await deps.store.updateSubscriptionChoices(link.subscriberId, action.choices)
        : await deps.store.setSubscriptionPaused(link.subscriberId, action.kind === "pause");
    // Unsubscribed in another tab since the page was shown.
    if (!updated) return renderClosed(reply, await deps.store.getSubscription(link.subscriberId));
    const done = { save: "saved", pause: "paused", resume: "resumed" }[action.kind];
    request.log.info({ subscriberId: link.subscriberId, done }, "preferences changed");
    return reply.redirect(`/preferences?s=${link.subscriberId}&t=${link.token}&done=${done}`, 303);
  });
}

function isOpen(subscription: Subscription): boolean {
  return subscription.status === "active" || subscription.status === "paused";
}

function renderForm(
  reply: FastifyReply,
  deps: WebDeps,
  subscription: Subscription,
  token: string,
  extra: { notice?: string | undefined; problems?: FormProblems; values?: unknown },
): FastifyReply {
  const paused = subscription.status === "paused";
  return reply.view("preferences.hbs", {
    title: "Preferences",
    email: subscription.email,
    status: subscription.status,
    statusLabel: paused ? "Paused" : "Active",
    paused,
    csrfToken: reply.generateCsrf(),
    s: subscription.id,
    t: token,
    notice: extra.notice,
    problems: extra.problems,
    choices: choicesView((extra.values as Record<string, unknown>) ?? subscription),
    unsubscribeUrl: `/unsubscribe?s=${subscription.id}&t=${linkToken(deps.secret, "unsubscribe", subscription.id)}`,
  });
}

function renderClosed(reply: FastifyReply, subscription: Subscription | undefined): FastifyReply {
  if (subscription?.status === "pending") {
    return reply.code(409).view("subscriber-message.hbs", {
      title: "Confirm your subscription first",
      paragraphs: [
        "This address has not confirmed its subscription yet. Open the confirmation email we sent and press its button; then these preferences are yours to change.",
        "Lost the email? Subscribe again on the front page for a new one.",
      ],
      actions: [{ href: "/", label: "Subscribe" }],
    });
  }
  return reply.code(410).view("subscriber-message.hbs", {
    title: "This subscription has ended",
    paragraphs: [
      subscription?.status === "bounced"
        ? "Our emails to this address could not be delivered, so we stopped sending them."
        : "This address is unsubscribed: it gets no digests, and there is nothing to change.",
      "To get the digest again, subscribe on the front page; we will send a new confirmation.",
    ],
    actions: [{ href: "/", label: "Subscribe again" }],
  });
}
