import { subscriberLinks } from "@newsdesk/digest";
import type { Subscription } from "@newsdesk/store";
import type { FastifyInstance, FastifyReply } from "fastify";
import { siteNameOf } from "../branding/site-name.js";
import { describeChoices } from "../subscribers/choices-view.js";
import { messageDomain } from "../subscribers/subscription-emails.js";
import { verifiedConfirmation } from "../subscribers/verified-links.js";
import type { WebDeps } from "../web-deps.js";

/**
 * Double opt-in: GET shows what is being confirmed and a button, so mail scanners that follow
 * links confirm nothing; POST confirms. No CSRF token here: the signed link is the proof, and
 * it is only good for the attempt it was sent for.
 */
export async function confirmRoutes(app: FastifyInstance, deps: WebDeps): Promise<void> {
  app.get("/confirm", async (request, reply) => {
    const { claim, subscription } = await verifiedConfirmation(deps, request.query);
    if (subscription.status !== "pending") return renderOutcome(reply, deps, subscription, false);
    return reply.view("confirm.hbs", {
      title: "Confirm your subscription",
      email: subscription.email,
      summary: describeChoices(subscription),
      s: claim.subscriberId,
      e: claim.expiresAt,
      t: claim.token,
    });
  });

  app.post("/confirm", async (request, reply) => {
    const { subscription } = await verifiedConfirmation(deps, request.body);
    const outcome = await deps.store.confirmSubscription(
      subscription.id,
      subscription.confirmNonce ?? "",
    );
    request.log.info({ subscriberId: subscription.id, outcome: outcome.kind }, "confirmation");
    // Superseded between the check and the update (a new attempt raced it): the current row says what is true.
    const current = outcome.kind === "superseded" ? subscription : outcome.subscription;
    return renderOutcome(reply, deps, current, outcome.kind === "confirmed");
  });
}

function renderOutcome(
  reply: FastifyReply,
  deps: WebDeps,
  subscription: Subscription,
  justConfirmed: boolean,
): FastifyReply {
  const { preferencesUrl } = subscriberLinks(
    { secret: deps.secret, publicUrl: "", mailDomain: messageDomain(deps.publicUrl) },
    subscription.id,
  );
  if (subscription.status === "active" || subscription.status === "paused") {
    return reply.view("subscriber-message.hbs", {
      title: justConfirmed ? "You are subscribed" : "Already confirmed",
      kicker: justConfirmed ? `Welcome to ${siteNameOf(reply)}` : "Nothing more to do",
      paragraphs: [
        justConfirmed
          ? `Your first ${subscription.frequency} digest arrives with the next edition.`
          : "This subscription was confirmed before; pressing the link again changes nothing.",
        "Every digest has a link to change these choices, pause, or unsubscribe.",
      ],
      summary: describeChoices(subscription),
      actions: [{ href: preferencesUrl, label: "Change preferences" }],
    });
  }
  if (subscription.status === "pending") {
    return reply.code(403).view("subscriber-message.hbs", {
      title: "That link was replaced",
      paragraphs: [
        "A newer confirmation email was sent for this address. Use the link in the newest one.",
      ],
      actions: [{ href: "/", label: "Subscribe again" }],
    });
  }
  // Unsubscribed or bounced since: an old confirmation never brings anyone back.
  return reply.code(410).view("subscriber-message.hbs", {
    title: "This subscription has ended",
    paragraphs: [
      subscription.status === "bounced"
        ? "Our emails to this address could not be delivered, so we stopped sending them."
        : "This address was unsubscribed after the link was sent, so the link no longer does anything.",
      "To get the digest again, subscribe on the front page; we will send a new confirmation.",
    ],
    actions: [{ href: "/", label: "Subscribe again" }],
  });
}
