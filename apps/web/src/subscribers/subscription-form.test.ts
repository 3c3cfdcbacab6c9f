import { describe, expect, it } from "vitest";
import { parseChoices, parsePreferencesForm, parseSubscribeForm } from "./subscription-form.js";

const choices = {
  regions: ["europe", "africa"],
  beats: "health",
  frequency: "weekly",
  timezone: "Europe/Lisbon",
};

describe("parseSubscribeForm", () => {
  it("reads the address and the choices; a single checkbox comes as a string", () => {
    expect(parseSubscribeForm({ email: "  ana@Example.ORG ", ...choices, website: "" })).toEqual({
      ok: true,
      value: {
        email: "ana@example.org",
        choices: {
          regions: ["europe", "africa"],
          beats: ["health"],
          frequency: "weekly",
          timezone: "Europe/Lisbon",
        },
        trap: false,
      },
    });
  });

  it("takes no regions and no beats to mean all of them, and drops repeats", () => {
    const result = parseSubscribeForm({
      email: "ana@example.org",
      frequency: "daily",
      timezone: "UTC",
      beats: ["sport", "sport"],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { choices: { regions: [], beats: ["sport"] } },
    });
  });

  it("marks a form whose hidden field was filled as a bot's", () => {
    expect(
      parseSubscribeForm({ email: "ana@example.org", ...choices, website: "x" }),
    ).toMatchObject({
      ok: true,
      value: { trap: true },
    });
  });

  it("reports every problem at once", () => {
    const result = parseSubscribeForm({
      email: "ana@example.org\r\nBcc: b@example.org",
      regions: "atlantis",
      frequency: "hourly",
      timezone: "Nowhere/Here",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.problems).sort()).toEqual([
      "email",
      "frequency",
      "regions",
      "timezone",
    ]);
  });

  it.each([
    [undefined, "Enter your email address."],
    ["   ", "Enter your email address."],
    [["a@example.org", "b@example.org"], "Enter one email address, not several."],
    [{ address: "a@example.org" }, "Enter your email address."],
    ["a@example.org,b@example.org", "Enter one address like"],
    ["a@example.org b@example.org", "Enter one address like"],
    ["<a@example.org>", "Enter one address like"],
    ["a@example.org%0d%0aBcc:b@example.org", "Enter one address like"],
    ["a@[127.0.0.1]", "Enter one address like"],
    [`${"a".repeat(321)}@example.org`, "too long"],
  ])("refuses the address %j", (email, message) => {
    const result = parseSubscribeForm({ email, ...choices });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.email).toContain(message);
  });
});

describe("parseChoices", () => {
  it("accepts sub-beats of the taxonomy and time zone aliases", () => {
    const result = parseChoices({
      beats: ["politics/elections"],
      frequency: "daily",
      timezone: "Asia/Calcutta",
    });
    expect(result.ok).toBe(true);
    // Stored under the current IANA name.
    if (result.ok) expect(result.value.timezone).toBe("Asia/Kolkata");
  });

  it.each([
    [{ ...choices, timezone: "" }, "timezone"],
    [{ ...choices, timezone: "Europe/Lisbon; DROP TABLE" }, "timezone"],
    [{ ...choices, timezone: "A".repeat(65) }, "timezone"],
    [{ ...choices, frequency: ["daily", "weekly"] }, "frequency"],
    [{ ...choices, beats: ["health", "gossip"] }, "beats"],
    [{ ...choices, regions: [["europe"]] }, "regions"],
  ])("refuses %j", (body, field) => {
    const result = parseChoices(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.problems)).toEqual([field]);
  });
});

describe("parsePreferencesForm", () => {
  it("reads save (the default button), pause and resume", () => {
    expect(parsePreferencesForm({ ...choices })).toMatchObject({
      ok: true,
      value: { kind: "save" },
    });
    expect(parsePreferencesForm({ action: "pause" })).toEqual({
      ok: true,
      value: { kind: "pause" },
    });
    expect(parsePreferencesForm({ action: "resume" })).toEqual({
      ok: true,
      value: { kind: "resume" },
    });
    expect(parsePreferencesForm({ action: "delete-everything" })).toMatchObject({
      ok: false,
      problems: { action: expect.any(String) },
    });
  });
});
