import { randomBytes } from "node:crypto";
import type { OutgoingEmail } from "@newsdesk/mail";
import { type Branding, DEFAULT_BRANDING, renderNotice } from "@newsdesk/newsletter";
import type { Subscription } from "@newsdesk/store";
import { describeChoices } from "./choices-view.js";

/** The domain of Message-IDs: the public site's host (`news.example.org`). */
export function messageDomain(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname || "newsdesk.localhost";
  } catch {
    return "newsdesk.localhost";
  }
}

/**
 * The double opt-in email, in the digest's look (`renderNotice`: the Outlook button, the raw
 * address wrapping on a phone): what was asked for, and the link that confirms it. No list
 * headers: it goes to no list, and until it is confirmed nobody is subscribed.
 */
export async function confirmationEmail(
  subscription: Subscription,
  links: { confirmUrl: string; publicUrl: string },
  branding: Branding = DEFAULT_BRANDING,
): Promise<OutgoingEmail> {
  const notice = await renderNotice({
    title: `Confirm your ${branding.name} subscription`,
    paragraphs: [
      `Someone, we hope you, asked for the ${branding.name} digest at this address. Nothing is sent until you confirm.`,
    ],
    rows: choiceRows(subscription),
    button: { label: "Confirm my subscription", url: links.confirmUrl },
    closing: [
      "The link works for 48 hours; after that, subscribe again for a new one.",
      "If you did not ask for it, ignore this email: you will get nothing more from us.",
    ],
    publicUrl: links.publicUrl,
    branding,
  });
  return {
    to: subscription.email,
    ...notice,
    fromName: branding.senderName ?? undefined,
    // One id per attempt: a new attempt is a new message, not a rewrite of the old one.
    messageId: `<confirm-${subscription.id}.${(subscription.confirmNonce ?? "none").slice(0, 12)}@${messageDomain(links.publicUrl)}>`,
  };
}

/**
 * For an address that is already subscribed: the web page said "check your inbox" as it does for
 * anyone, so the owner (and only they) learns it here, with the way to change their choices.
 */
export async function alreadySubscribedEmail(
  subscription: Subscription,
  links: { preferencesUrl: string; publicUrl: string },
  branding: Branding = DEFAULT_BRANDING,
): Promise<OutgoingEmail> {
  const paused = subscription.status === "paused";
  const notice = await renderNotice({
    title: `You are already subscribed to ${branding.name}`,
    paragraphs: [
      paused
        ? `Someone, we hope you, tried to subscribe this address to the ${branding.name} digest. It is already subscribed, and paused.`
        : `Someone, we hope you, tried to subscribe this address to the ${branding.name} digest. It is already subscribed, so nothing changed.`,
      paused
        ? "To resume the digest or change what you get, open your preferences."
        : "To change what you get, or how often, open your preferences.",
    ],
    rows: choiceRows(subscription),
    button: { label: "Open my preferences", url: links.preferencesUrl },
    closing: ["If this was not you, there is nothing to do."],
    publicUrl: links.publicUrl,
    branding,
  });
  return {
    to: subscription.email,
    ...notice,
    fromName: branding.senderName ?? undefined,
    messageId: `<subscribed-${subscription.id}.${randomBytes(6).toString("hex")}@${messageDomain(links.publicUrl)}>`,
  };
}

/** The subscription's choices, as the notice's table shows them. */
function choiceRows(subscription: Subscription): { label: string; value: string }[] {
  const choices = describeChoices(subscription);
  return [
    { label: "Regions", value: choices.regions },
    { label: "Beats", value: choices.beats },
    { label: "How often", value: choices.frequency },
    { label: "Time zone", value: choices.timezone },
  ];
}
