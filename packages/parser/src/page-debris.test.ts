import { describe, expect, it } from "vitest";
import { FOOTER_PIECES, FOOTER_WORDS, isEmbeddedPost, isPageDebris } from "./page-debris.js";

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
    // Forwarded emails and newsletter footers.
    "---------- Forwarded message ---------",
    "-------- Original Message --------",
    "Begin forwarded message:",
    "This email was sent to desk@newsroom.example. Why did I get this?",
    "Our mailing address is: Coastal Watch, 8 Harbour Road, Kilbride",
    "Harbour Ledger, 14 Quay Street, Port Selwyn",
    "Valley Courier Ltd, 3 Mill Lane, Dunmere DN4 7QP",
    "PO Box 412, Brannock",
    // Audio players with their length.
    "🎧 Listen to this story • 6 minutes",
    "Play audio (2 min)",
    "Audio: 3 min listen",
    "Listen · 4:32",
    "🎧 Listen · 4:32",
    "Play episode 12:40",
    // Links to other stories, promotions with an address.
    "ALSO READ | Coastal path reopens after landslip repairs",
    "See also: Parents fear exam disruption",
    "Don't miss » The week's best pictures from the coast",
    "For more coverage of farming and food, visit valeherald.example/farming",
    "Watch the full announcement at youtube.com/@fenwicktransport",
    "Sign up for the Coast Post newsletter at https://coastpost.example/signup",
    // Editor's notes, sources and credits, bare or in brackets.
    "Note from the editor: An earlier version of this story misspelled a name.",
    "Correction: A previous version of this article gave the wrong date for the vote.",
    "(Source: Carrow Teachers' Union ballot results)",
    "[Editor's note: This story is part of our series on the city's buses.]",
    "Orla Whitcombe/Coast Post",
    "(Sunil Varma / Vale Herald)",
    "Courtesy of the Skerrow Heritage Trust",
    // Embedded posts.
    "A post shared by Carrow Union (@carrowunion)",
    "@fenwicktransport: the night bus now runs to the airport",
  ])("takes %j for debris", (line) => {
    expect(isPageDebris(line)).toBe(true);
  });

  it.each([
    "Ferry Fares Rise Again as Winter Timetable Starts",
    "The council said the source of the leak had been found on Tuesday.",
    "Ms. Maren said she would follow the vote on the radio.",
    "Photographs of the old pier hang in the museum, where visitors read more about the crossing than they expect.",
    "Date night at the harbour café has become a tradition for the town's ferry crews.",
    "Play resumed after 40 minutes",
    "Play resumed at 3:15",
    "Listen to the sea: a composer records the tides for 12 hours",
    "The council published the plan at council.example/plans on Tuesday.",
    "Visitors to the museum can see the carved mask from May.",
    "Fire at 14 Quay Street, Port Selwyn, forces families out",
    "Read the room, says the new harbour master",
    "The union (@carrowunion on X) said members would vote again.",
    "Correction officers at Dunmere prison walk out over pay",
  ])("leaves %j alone", (line) => {
    expect(isPageDebris(line)).toBe(false);
  });
});

describe("isEmbeddedPost", () => {
  it.each([
    "The harbour at dawn, before the boats go out pic.twitter.com/AbC123xYz",
    "Crews worked all night on the line. — Ilse Maren (@ilsemaren) March 3, 2026",
  ])("is a post a story embeds: %s", (text) => {
    expect(isEmbeddedPost(text)).toBe(true);
  });

  it.each([
    "Crews worked all night on the line, Ilse Maren (@ilsemaren) wrote on Tuesday.",
    "The council met on March 3, 2026",
  ])("is not: %s", (text) => {
    expect(isEmbeddedPost(text)).toBe(false);
  });
});

describe("the footer gate's pieces", () => {
  // FOOTER_PIECES is asked before FOOTER_WORDS: it may let no footer word's line slip past.
  it("finds a piece in each of the footer words", () => {
    for (const word of FOOTER_WORDS.source.split("|")) expect(FOOTER_PIECES.test(word)).toBe(true);
  });
});
