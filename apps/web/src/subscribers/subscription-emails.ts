import { randomBytes } from "node:crypto";
import type { OutgoingEmail } from "@newsdesk/mail";
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
 * The double opt-in email: what was asked for, and the link that confirms it. No list headers:
 * it goes to no list, and until it is confirmed nobody is subscribed.
 */
export function confirmationEmail(
  subscription: Subscription,
  links: { confirmUrl: string; publicUrl: string },
): OutgoingEmail {
  const choices = describeChoices(subscription);
  const intro =
    "Someone, we hope you, asked for the Newsdesk digest at this address. Nothing is sent until you confirm.";
  const ignore = "If you did not ask for it, ignore this email: you will get nothing more from us.";
  const text = [
    "Confirm your Newsdesk subscription",
    "",
    intro,
    "",
    ...summaryLines(choices),
    "",
    "Confirm here (the link works for 48 hours, then subscribe again for a new one):",
    links.confirmUrl,
    "",
    ignore,
    "",
    `Newsdesk · ${links.publicUrl}`,
  ].join("\n");
  const html = page("Confirm your Newsdesk subscription", [
    paragraph(intro),
    summaryTable(choices),
    `<p style="margin:24px 0"><a href="${escapeHtml(links.confirmUrl)}" style="background:#a4161a;color:#ffffff;padding:12px 22px;font:bold 16px Arial,sans-serif;text-decoration:none;display:inline-block">Confirm my subscription</a></p>`,
    paragraph(
      `The link works for 48 hours. If the button does not work, paste this address into your browser: ${escapeHtml(links.confirmUrl)}`,
    ),
    paragraph(ignore),
  ]);
  return {
    to: subscription.email,
    subject: "Confirm your Newsdesk subscription",
    text,
    html,
    // One id per attempt: a new attempt is a new message, not a rewrite of the old one.
    messageId: `<confirm-${subscription.id}.${(subscription.confirmNonce ?? "none").slice(0, 12)}@${messageDomain(links.publicUrl)}>`,
  };
}

/**
 * For an address that is already subscribed: the web page said "check your inbox" as it does for
 * anyone, so the owner (and only they) learns it here, with the way to change their choices.
 */
export function alreadySubscribedEmail(
  subscription: Subscription,
  links: { preferencesUrl: string; publicUrl: string },
): OutgoingEmail {
  const paused = subscription.status === "paused";
  const intro = paused
    ? "Someone, we hope you, tried to subscribe this address to the Newsdesk digest. It is already subscribed, and paused."
    : "Someone, we hope you, tried to subscribe this address to the Newsdesk digest. It is already subscribed, so nothing changed.";
  const next = paused
    ? "To resume the digest or change what you get, open your preferences:"
    : "To change what you get, or how often, open your preferences:";
  const text = [
    "You are already subscribed to Newsdesk",
    "",
    intro,
    "",
    ...summaryLines(describeChoices(subscription)),
    "",
    next,
    links.preferencesUrl,
    "",
    "If this was not you, there is nothing to do.",
    "",
    `Newsdesk · ${links.publicUrl}`,
  ].join("\n");
  const html = page("You are already subscribed to Newsdesk", [
    paragraph(intro),
    summaryTable(describeChoices(subscription)),
    paragraph(`${next} <a href="${escapeHtml(links.preferencesUrl)}">your preferences</a>.`),
    paragraph("If this was not you, there is nothing to do."),
  ]);
  return {
    to: subscription.email,
    subject: "You are already subscribed to Newsdesk",
    text,
    html,
    messageId: `<subscribed-${subscription.id}.${randomBytes(6).toString("hex")}@${messageDomain(links.publicUrl)}>`,
  };
}

type Described = ReturnType<typeof describeChoices>;

function summaryLines(choices: Described): string[] {
  return [
    `Regions:   ${choices.regions}`,
    `Beats:     ${choices.beats}`,
    `How often: ${choices.frequency}`,
    `Time zone: ${choices.timezone}`,
  ];
}

function summaryTable(choices: Described): string {
  const rows = [
    ["Regions", choices.regions],
    ["Beats", choices.beats],
    ["How often", choices.frequency],
    ["Time zone", choices.timezone],
  ]
    .map(
      ([name, value]) =>
        `<tr><th align="left" style="padding:4px 16px 4px 0;font:bold 14px Arial,sans-serif;color:#5f5b52">${name}</th><td style="padding:4px 0;font:15px Georgia,serif">${escapeHtml(value ?? "")}</td></tr>`,
    )
    .join("");
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0">${rows}</table>`;
}

function paragraph(html: string): string {
  return `<p style="margin:0 0 14px;font:16px/1.5 Georgia,serif;color:#1a1a1a">${html}</p>`;
}

// Plain HTML with inline styles: mail clients ignore style sheets, and the message is short.
function page(title: string, parts: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="margin:0;padding:24px;background:#fdfcf8"><div style="max-width:560px;margin:0 auto"><p style="margin:0 0 8px;font:bold 28px Georgia,serif;color:#1a1a1a;border-bottom:3px double #1a1a1a;padding-bottom:8px">Newsdesk</p><h1 style="font:bold 22px Georgia,serif;color:#1a1a1a">${escapeHtml(title)}</h1>${parts.join("")}</div></body></html>`;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
