import { describe, expect, it } from "vitest";
import { brandingFromStored, DEFAULT_BRANDING, validateBranding } from "./branding.js";
import { buildEdition } from "./build-edition.js";
import { contrastRatio } from "./contrast-ratio.js";
import { editionList } from "./edition-list.js";
import { renderNotice } from "./render-notice.js";
import { renderSegment } from "./render-segment.js";
import { makeArticle } from "./test-support/make-article.js";

const everything = { regions: [], beats: [] };
const publicUrl = "https://news.example.org";

describe("validateBranding", () => {
  it("gives today's look for an empty form", () => {
    expect(validateBranding({})).toEqual({ ok: true, branding: DEFAULT_BRANDING });
  });

  it("takes a name, a sender, a short hex accent, an https logo and an intro line", () => {
    const checked = validateBranding({
      name: "  The Harbour   Bulletin ",
      senderName: "Harbour desk",
      accentColour: "#A30",
      logoUrl: "https://cdn.example.org/logo.png",
      introLine: "Good morning from the harbour.",
    });
    expect(checked).toEqual({
      ok: true,
      branding: {
        name: "The Harbour Bulletin",
        senderName: "Harbour desk",
        accentColour: "#aa3300",
        logoUrl: "https://cdn.example.org/logo.png",
        introLine: "Good morning from the harbour.",
      },
    });
  });

  it("refuses a light accent and names a darker one that reads 4.5:1 on white", () => {
    const checked = validateBranding({ accentColour: "#7fb3ff" });
    if (checked.ok) throw new Error("expected a problem");
    const [problem] = checked.problems;
    expect(problem?.field).toBe("accentColour");
    expect(problem?.message).toMatch(/^#7fb3ff reads 2\.\d\d:1 against white: .* need 4\.5:1/);
    const suggested = problem?.message.match(/such as (#[0-9a-f]{6})/)?.[1] ?? "";
    expect(contrastRatio(suggested, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("refuses what is not a colour, an http or relative logo, and overlong text", () => {
    const checked = validateBranding({
      name: "x".repeat(41),
      accentColour: "navy",
      logoUrl: "http://cdn.example.org/logo.png",
      introLine: "y".repeat(201),
    });
    if (checked.ok) throw new Error("expected problems");
    expect(checked.problems.map((p) => p.field)).toEqual([
      "name",
      "introLine",
      "accentColour",
      "logoUrl",
    ]);
    expect(checked.problems[0]?.message).toContain("41 characters: keep it to 40 or fewer");
    expect(validateBranding({ logoUrl: "/logo.png" }).ok).toBe(false);
    expect(validateBranding({ senderName: "a\u0007b" }).ok).toBe(false);
  });

  it("reads a stored row leniently: a field that no longer passes takes its default", () => {
    expect(brandingFromStored(null)).toEqual(DEFAULT_BRANDING);
    expect(brandingFromStored({ name: "Tidewater", accentColour: "#ffff00", logoUrl: 3 })).toEqual({
      ...DEFAULT_BRANDING,
      name: "Tidewater",
    });
  });
});

describe("branding in the emails", () => {
  const edition = buildEdition({
    articles: [makeArticle({ id: 1 })],
    frequency: "daily",
    now: new Date("2026-03-10T12:00:00Z"),
  });
  if (!edition) throw new Error("expected an edition");
  const branding = {
    name: "Tidewater Post",
    senderName: null,
    accentColour: "#7a1f5c",
    logoUrl: "https://cdn.example.org/tide.png",
    introLine: "Read with your coffee & <toast>.",
  };

  it("names the newsletter in the masthead, subject, footer and text, with its accent and logo", async () => {
    const template = await renderSegment(edition, everything, { publicUrl, branding });
    const html = template?.html.chunks.join("") ?? "";
    const text = template?.text.chunks.join("") ?? "";
    expect(template?.subject).toMatch(/^Tidewater Post daily: /);
    expect(html).toContain(">Tidewater Post</p>");
    expect(html).toContain("You receive the Tidewater Post daily digest");
    expect(html).toContain("background-color:#7a1f5c;");
    expect(html).toContain("color:#7a1f5c;border-bottom:2px solid #7a1f5c;");
    expect(html).toContain('<img src="https://cdn.example.org/tide.png"');
    expect(html).toContain("Read with your coffee &amp; &lt;toast&gt;.");
    expect(html).not.toContain("Newsdesk");
    expect(text).toMatch(/^TIDEWATER POST - Daily digest/);
    expect(text).toContain("Read with your coffee & <toast>.");
  });

  it("keeps today's email without branding", async () => {
    const plain = await renderSegment(edition, everything, { publicUrl });
    const defaults = await renderSegment(edition, everything, {
      publicUrl,
      branding: DEFAULT_BRANDING,
    });
    expect(defaults?.html.chunks.join("")).toBe(plain?.html.chunks.join(""));
    expect(plain?.html.chunks.join("")).not.toContain("<img");
  });

  it("brands the notice and the List-Id label", async () => {
    const notice = await renderNotice({
      title: "Confirm",
      paragraphs: ["Press the button."],
      publicUrl,
      branding,
    });
    expect(notice.html).toContain(">Tidewater Post</p>");
    expect(notice.html).toContain("background-color:#7a1f5c;");
    expect(notice.text).toContain(`Tidewater Post · ${publicUrl}`);
    expect(editionList("weekly", "news.example.org", "Tidewater Post").listName).toBe(
      "Tidewater Post weekly",
    );
  });
});
