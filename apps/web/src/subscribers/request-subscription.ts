import { loadBranding, subscriberLinks } from "@newsdesk/digest";
import type { Mailer } from "@newsdesk/mail";
import type { Store } from "@newsdesk/store";
import { confirmationUrl, newConfirmNonce } from "./subscriber-tokens.js";
import { alreadySubscribedEmail, confirmationEmail, messageDomain } from "./subscription-emails.js";
import type { SubscribeForm } from "./subscription-form.js";

/**
 * A valid subscribe form: a new attempt (new nonce) and its confirmation email, or, for an
 * address already subscribed, an email to its owner saying so. Either way one email goes out,
 * so the response (and its timing) does not tell whether the address was subscribed.
 */
export async function requestSubscription(
  deps: { store: Store; mailer: Mailer; secret: string; publicUrl: string },
  form: Pick<SubscribeForm, "email" | "choices">,
  log: { info(fields: object, message: string): void },
): Promise<"pending" | "already-subscribed"> {
  const outcome = await deps.store.requestSubscription(form.email, form.choices, newConfirmNonce());
  const { subscription } = outcome;
  const branding = await loadBranding(deps.store.db);
  if (outcome.kind === "pending") {
    const confirmUrl = confirmationUrl(deps, subscription.id, subscription.confirmNonce ?? "");
    await deps.mailer.send(
      await confirmationEmail(subscription, { confirmUrl, publicUrl: deps.publicUrl }, branding),
    );
  } else {
    const { preferencesUrl } = subscriberLinks(
      { ...deps, mailDomain: messageDomain(deps.publicUrl) },
      subscription.id,
    );
    await deps.mailer.send(
      await alreadySubscribedEmail(
        subscription,
        { preferencesUrl, publicUrl: deps.publicUrl },
        branding,
      ),
    );
  }
  // Ids and outcomes only: never the address.
  log.info({ subscriberId: subscription.id, outcome: outcome.kind }, "subscription requested");
  return outcome.kind;
}
