import { describe, expect, it } from "vitest";
import { buildEdition } from "./build-edition.js";
import { contrastRatio } from "./contrast-ratio.js";
import { renderSegment } from "./render-segment.js";
import { makeArticle } from "./test-support/make-article.js";

const now = new Date("2026-03-10T12:00:00Z");

/** The colour a rule of the dark-mode block gives `property` for exactly `selector`. */
function darkColour(css: string, selector: string, property: "color" | "background-color") {
  const rule = css.split("}").find((block) =>
    block
      .split("{")[0]
      ?.split(",")
      .some((s) => s.trim() === selector),
  );
  const value = rule?.match(new RegExp(`(?:^|[;{\\s])${property}:\\s*(#[0-9a-f]{6})`, "i"))?.[1];
  if (!value) throw new Error(`no dark ${property} for ${selector}`);
  return value;
}

describe("dark mode", () => {
  it("keeps the footer, its links, the text and the chips at 4.5:1 or more", async () => {
    const edition = buildEdition({ articles: [makeArticle({ id: 1 })], frequency: "daily", now });
    if (!edition) throw new Error("expected an edition");
    const template = await renderSegment(
      edition,
      { regions: [], beats: [] },
      { publicUrl: "https://news.example.org" },
    );
    const html = template?.html.chunks.join("") ?? "";
    const css = html.slice(
      html.indexOf("@media (prefers-color-scheme: dark)"),
      html.indexOf("</style>", html.indexOf("@media (prefers-color-scheme: dark)")),
    );
    const footer = darkColour(css, ".nd-footer", "background-color");
    const panel = darkColour(css, ".nd-panel", "background-color");
    const pairs = [
      [darkColour(css, ".nd-footer .nd-text > div", "color"), footer],
      [darkColour(css, ".nd-footer .nd-text a", "color"), footer],
      [darkColour(css, ".nd-text > div", "color"), panel],
      [darkColour(css, ".nd-text a", "color"), panel],
      [darkColour(css, ".nd-muted", "color"), panel],
      [darkColour(css, ".nd-chip", "color"), darkColour(css, ".nd-chip", "background-color")],
    ] as const;
    for (const [text, background] of pairs) {
      expect(contrastRatio(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
    // The footer is the page's own dark background, not the light grey it has by day.
    expect(footer).not.toBe("#f1f3f5");
  });
});
