import { DEFAULT_BRANDING } from "@newsdesk/newsletter";
import { describe, expect, it } from "vitest";
import { brandingFormView, brandingInput, changedFields } from "./branding-form.js";

describe("the branding form", () => {
  it("reads only the form's text fields", () => {
    expect(brandingInput({ name: "Tide", accentColour: ["#000", "#fff"], other: "x" })).toEqual({
      name: "Tide",
      senderName: undefined,
      accentColour: undefined,
      logoUrl: undefined,
      introLine: undefined,
    });
    expect(brandingInput(undefined).name).toBeUndefined();
  });

  it("shows each field's value and problem, with today's defaults as placeholders", () => {
    const view = brandingFormView({ name: "Tide", accentColour: "#ffff00" }, [
      { field: "accentColour", message: "too light" },
    ]);
    expect(view.name).toMatchObject({ value: "Tide", invalid: false, placeholder: "Newsdesk" });
    expect(view.accentColour).toMatchObject({
      value: "#ffff00",
      problem: "too light",
      invalid: true,
    });
    expect(brandingFormView(DEFAULT_BRANDING).logoUrl.value).toBe("");
  });

  it("names the fields a save changed", () => {
    expect(
      changedFields(DEFAULT_BRANDING, { ...DEFAULT_BRANDING, name: "Tide", introLine: "Hi" }),
    ).toEqual(["name", "introLine"]);
  });
});
