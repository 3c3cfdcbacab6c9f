import { InvalidLinkError } from "@newsdesk/newsletter";
import type { Subscription } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { alreadySubscribedEmail, confirmationEmail, messageDomain } from "./subscription-emails.js";

const subscription: Subscription = {
  id: 7,
  email: "ana@example.org",
  regions: ["middle-east"],
  beats: [],
  frequency: "weekly",
  timezone: "America/Argentina/Buenos_Aires",
  status: "pending",
  confirmNonce: "abcdefghijklmnop",
  confirmRequestedAt: new Date(),
  confirmedAt: null,
  unsubscribedAt: null,
};

describe("the subscription emails", () => {
  it("asks to confirm, with the choices and the link in both parts, and no list headers", async () => {
    const email = await confirmationEmail(subscription, {
      confirmUrl: "https://news.example.org/confirm?s=7&e=1&t=x",
      publicUrl: "https://news.example.org",
    });
    expect(email).toMatchObject({
      to: "ana@example.org",
      subject: "Confirm your Newsdesk subscription",
    });
    expect(email.messageId).toBe("<confirm-7.abcdefghijkl@news.example.org>");
    expect(email.unsubscribeUrl).toBeUndefined();
    expect(email.text).toContain("Regions:   Middle East");
    expect(email.text).toContain("Beats:     Every beat");
    expect(email.text).toContain("Time zone: America/Argentina/Buenos Aires");
    expect(email.text).toContain("https://news.example.org/confirm?s=7&e=1&t=x");
    // Handlebars writes "=" as a character reference too; a mail client reads the same address.
    expect(String(email.html).replaceAll("&#x3D;", "=")).toContain(
      'href="https://news.example.org/confirm?s=7&amp;e=1&amp;t=x"',
    );
    // The digest's look: the Outlook button drawn with VML, the raw address breaking anywhere.
    expect(email.html).toContain("v:roundrect");
    expect(email.html).toContain("Confirm my subscription");
    expect(email.html).toContain("word-break:break-all");
  });

  it("escapes whatever it puts into the HTML, and refuses a link that is not one", async () => {
    const email = await confirmationEmail(
      { ...subscription, timezone: "<script>alert(1)</script>" },
      { confirmUrl: "https://news.example.org/confirm?s=7", publicUrl: "https://news.example.org" },
    );
    expect(email.html).not.toContain("<script>");
    await expect(
      confirmationEmail(subscription, {
        confirmUrl: 'https://news.example.org/confirm?s=7"><script>',
        publicUrl: "https://news.example.org",
      }),
    ).rejects.toThrow(InvalidLinkError);
  });

  it("tells a subscribed (or paused) owner where their preferences are", async () => {
    const links = {
      preferencesUrl: "https://news.example.org/preferences?s=7&t=y",
      publicUrl: "https://news.example.org",
    };
    const active = await alreadySubscribedEmail({ ...subscription, status: "active" }, links);
    expect(active.subject).toBe("You are already subscribed to Newsdesk");
    expect(active.text).toContain("nothing changed");
    expect(active.text).toContain(links.preferencesUrl);
    const paused = await alreadySubscribedEmail({ ...subscription, status: "paused" }, links);
    expect(paused.text).toContain("To resume the digest");
    expect(paused.messageId).not.toBe(active.messageId);
  });

  it("takes Message-ID domains from the public URL", () => {
    expect(messageDomain("https://news.example.org:8443/base")).toBe("news.example.org");
    expect(messageDomain("not a url")).toBe("newsdesk.localhost");
  });
});
