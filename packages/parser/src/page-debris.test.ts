import { describe, expect, it } from "vitest";
import { isPageDebris } from "./page-debris.js";

describe("isPageDebris", () => {
  it.each([
    "The harbour at dawn, before the boats go out pic.twitter.com/AbC123xYz",
    "Crews worked all night on the line. — Ilse Maren (@ilsemaren) March 3, 2026",
    "Follow Oren Bakshi on Twitter @orenbakshi",
    "Photographer: Ragna Solberg/Norland Wire",
    "PHOTOS: The week on the fjords",
    "Write to Ilse Maren at ilse.maren@gazette.example",
    "Send tips to the desk at tips@gazette.example",
    "Editor's note: This story was updated with the council's vote.",
    "Source: Norland Statistics Office",
    "Twitter: @gazettenorland",
    "Listen to this story 3:12",
    "Ferry fares rise again as winter timetable starts Read more",
    "Download the Gazette app for the latest from the fjords",
    "From: Ilse Maren <ilse@gazette.example>",
    "Subject: Fwd: Morning briefing",
    "You are receiving this email because you signed up for the Morning Briefing. Unsubscribe",
  ])("takes %j for debris", (line) => {
    expect(isPageDebris(line)).toBe(true);
  });

  it.each([
    "Ferry Fares Rise Again as Winter Timetable Starts",
    "The council said the source of the leak had been found on Tuesday.",
    "Ms. Maren said she would follow the vote on the radio.",
    "Photographs of the old pier hang in the museum, where visitors read more about the crossing than they expect.",
    "Date night at the harbour café has become a tradition for the town's ferry crews.",
  ])("leaves %j alone", (line) => {
    expect(isPageDebris(line)).toBe(false);
  });
});
