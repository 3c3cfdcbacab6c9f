import { describe, expect, it } from "vitest";
import { forceDarkScheme } from "./force-dark.js";

describe("forceDarkScheme", () => {
  it("makes the dark-mode rules apply unconditionally", () => {
    const html =
      "<style>a{color:blue}@media (prefers-color-scheme: dark){a{color:red!important}}@media(prefers-color-scheme:dark){b{c:d}}</style>";
    expect(forceDarkScheme(html)).toBe(
      "<style>a{color:blue}@media all{a{color:red!important}}@media all{b{c:d}}</style>",
    );
  });

  it("leaves light-only emails as they are", () => {
    expect(forceDarkScheme("<p>x</p>")).toBe("<p>x</p>");
  });
});
