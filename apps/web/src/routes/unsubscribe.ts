import { linkToken } from "@newsdesk/digest";
import type { FastifyInstance } from "fastify";
import { siteNameOf } from "../branding/site-name.js";
import { verifiedSubscriberLink } from "../subscribers/verified-links.js";
import type { WebDeps } from "../web-deps.js";

/**
 * `/unsubscribe?s=&t=`, the link in every digest and its List-Unsubscribe header. GET asks
 * (a link scanner must not unsubscribe anyone); POST unsubscribes at once, with no session or
 * CSRF token, because mail clients POST `List-Unsubscribe=One-Click` to this URL (RFC 8058).
 */
export async function unsubscribeRoutes(app: FastifyInstance, deps: WebDeps): Promise<void> {
  // RFC 8058 allows the one-click body as multipart/form-data too; the link says everything,
  // so any body is read (within the body limit) and ignored.
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, _body, done) => done(null, {}));

  app.get("/unsubscribe", async (request, reply) => {
    const link = await verifiedSubscriberLink(deps, "unsubscribe", request.query);
    const { subscription } = link;
    const open =
      subscription?.status === "pending" ||
      subscription?.status === "active" ||
      subscription?.status === "paused";
    if (!subscription || !open) {
      return reply.view("subscriber-message.hbs", {
        title: "You are unsubscribed",
        paragraphs: ["This address gets no digests from us. There is nothing more to do."],
        actions: [{ href: "/", label: "Subscribe again" }],
      });
    }
    const confirmed = subscription.status !== "pending";
    return reply.view("unsubscribe.hbs", {
      title: "Unsubscribe",
      email: subscription.email,
      action: `/unsubscribe?s=${link.subscriberId}&t=${link.token}`,
      preferencesUrl: confirmed
        ? `/preferences?s=${link.subscriberId}&t=${linkToken(deps.secret, "preferences", link.subscriberId)}`
        : undefined,
    });
  });

  app.post("/unsubscribe", async (request, reply) => {
    const link = await verifiedSubscriberLink(deps, "unsubscribe", request.query);
    const { changed } = await deps.store.unsubscribeSubscriber(link.subscriberId);
    request.log.info({ subscriberId: link.subscriberId, changed }, "unsubscribed");
    return reply.view("subscriber-message.hbs", {
      title: "You are unsubscribed",
      kicker: "Done",
      paragraphs: [
        `You will get no more digests from ${siteNameOf(reply)} at this address.`,
        "Changed your mind? Subscribe again on the front page; we will ask you to confirm first.",
      ],
      actions: [{ href: "/", label: "Subscribe again", secondary: true }],
    });
  });
}
