import { describe, expect, it } from "vitest";
import { speaksInOwnVoice } from "./own-voice.js";

describe("speaksInOwnVoice", () => {
  it("finds the writer's first person", () => {
    expect(speaksInOwnVoice("At the very least we ought to admit there are limits.")).toBe(true);
    expect(speaksInOwnVoice("I found my way to the holding room.")).toBe(true);
    expect(speaksInOwnVoice("I’m not sure the plan will hold.")).toBe(true);
  });

  it("leaves a speaker's words in quotation marks and the third person alone", () => {
    expect(speaksInOwnVoice("“We will rebuild,” the mayor said on Tuesday.")).toBe(false);
    expect(speaksInOwnVoice('"I love you, Ohio," he told the crowd.')).toBe(false);
    expect(speaksInOwnVoice("The council voted to close the airport.")).toBe(false);
    expect(speaksInOwnVoice("If you drive to the coast, bring water.")).toBe(false);
  });

  it("reads US as a country, not as us", () => {
    expect(speaksInOwnVoice("US officials met their counterparts in Geneva.")).toBe(false);
  });
});
