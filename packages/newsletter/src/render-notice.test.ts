import { describe, expect, it } from "vitest";
import { contrastRatio } from "./contrast-ratio.js";
import { InvalidLinkError } from "./errors.js";
import { renderNotice } from "./render-notice.js";
import { widerThanPhone } from "./test-support/wider-than-phone.js";

const confirmUrl = `https://news.example.org/confirm?s=42&t=${"k3".repeat(40)}`;
const notice = {
  title: "Confirm your Newsdesk subscription",
  paragraphs: [
    "Someone, we hope you, asked for the Newsdesk digest at this address.",
    "Nothing is sent until you confirm.",
  ],
  rows: [
    { label: "Regions", value: "Europe & <Africa>" },
    { label: "How often", value: "Daily" },
  ],
  button: { label: "Confirm my subscription", url: confirmUrl },
  closing: ["If you did not ask for it, ignore this email."],
  publicUrl: "https://news.example.org",
};

describe("renderNotice", () => {
  it("draws the button with VML for Outlook and as a link for every other client", async () => {
    const { html, subject } = await renderNotice(notice);
    expect(subject).toBe("Confirm your Newsdesk subscription");
    const escaped = confirmUrl.replace(/&/g, "&amp;").replace(/=/g, "&#x3D;");
    const mso = html.match(/<!--\[if mso\]><v:roundrect[\s\S]*?<!\[endif\]-->/)?.[0] ?? "";
    expect(mso).toContain(`href="${escaped}"`);
    expect(mso).toContain('fillcolor="#0b57d0"');
    expect(mso).toContain(">Confirm my subscription</center>");
    const link = `<!--[if !mso]><!-- --><a href="${escaped}" class="nd-button"`;
    expect(html).toContain(link);
    expect(html.slice(html.indexOf(link) + link.length)).toMatch(
      /^[^<]*>Confirm my subscription<\/a><!--<!\[endif\]-->/,
    );
    // White on the button's blue, by day and in dark mode.
    expect(contrastRatio("#ffffff", "#0b57d0")).toBeGreaterThanOrEqual(4.5);
    expect(html).toContain(
      ".nd-text a.nd-button { color: #ffffff !important; background-color: #0b57d0 !important; }",
    );
  });

  it("wraps the raw address at 375 px and keeps no fixed width past it outside Outlook", async () => {
    const { html } = await renderNotice(notice);
    const raw = html.match(
      /<a href="[^"]*" style="([^"]*)">https:\/\/news\.example\.org\/confirm/,
    )?.[1];
    expect(raw).toContain("word-break:break-all");
    expect(raw).toContain("overflow-wrap:anywhere");
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(widerThanPhone(html)).toEqual([]);
  });

  it("shares the digest's look, escapes every value and has a plain-text part", async () => {
    const { html, text } = await renderNotice(notice);
    expect(html).toContain("nd-masthead");
    expect(html).toContain("@media (prefers-color-scheme: dark)");
    expect(html).toContain('class="nd-preheader"');
    expect(html).toContain("Europe &amp; &lt;Africa&gt;");
    expect(html).not.toContain("<Africa>");
    expect(text).toBe(
      [
        "Confirm your Newsdesk subscription",
        "",
        "Someone, we hope you, asked for the Newsdesk digest at this address.",
        "",
        "Nothing is sent until you confirm.",
        "",
        "Regions:   Europe & <Africa>",
        "How often: Daily",
        "",
        "Confirm my subscription:",
        confirmUrl,
        "",
        "If you did not ask for it, ignore this email.",
        "",
        "Newsdesk · https://news.example.org",
      ].join("\n"),
    );
  });

  it("refuses a button address that is not http(s)", async () => {
    await expect(
      renderNotice({ ...notice, button: { label: "Go", url: "javascript:alert(1)" } }),
    ).rejects.toThrow(InvalidLinkError);
  });
});
