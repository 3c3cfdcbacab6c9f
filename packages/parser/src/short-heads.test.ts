import { describe, expect, it } from "vitest";
import { parseText } from "./parse-text.js";
import { DEFAULT_TUNING, SHORT_DUMPS, segmentTuning } from "./segment-tuning.js";

// A page of briefs under short headlines that share few words with their ledes.
const BRIEFS = [
  "Harbour ferry fares to rise in spring",
  "The harbour ferry will charge commuters more from the first of April, the operator said on Tuesday.",
  "A single ticket goes up by forty cents, and the monthly pass by six dollars.",
  "The operator blamed fuel costs and a new dock lease.",
  "School roof repairs finished early",
  "Workers finished replacing the leaking roof at Brookside Primary a week ahead of schedule.",
  "Pupils return to their classrooms on Monday after two weeks in the gym.",
  "Library hours cut over winter",
  "The central library will close at five on weekdays from November until March.",
  "Staff shortages and heating bills were behind the change, the council said.",
  "Readers can still return books through the slot by the front door.",
  "Quiet weekend for the fire crews",
  "Firefighters in the district answered only three calls between Friday evening and Sunday night.",
  "None involved injuries, and two were false alarms set off by burnt toast.",
  "The station chief thanked residents for clearing their gutters before the storm.",
  "Council to vote on parking plan",
  "Councillors meet on Thursday to decide whether to charge for parking along the seafront.",
  "Shopkeepers have asked for the first hour to stay free.",
].join("\n");

const spans = (tuning = DEFAULT_TUNING) =>
  parseText(BRIEFS, tuning).articles.map((a) => [a.startLine, a.endLine, a.headlineSource]);

describe("short headlines in a dump of short stories", () => {
  it("open each brief under its own headline", () => {
    expect(spans()).toEqual([
      [1, 4, "dump"],
      [5, 7, "dump"],
      [8, 11, "dump"],
      [12, 15, "dump"],
      [16, 18, "dump"],
    ]);
  });

  it("are the ones the learned bar alone leaves in the brief above", () => {
    const learnedBar = segmentTuning({
      ...DEFAULT_TUNING,
      shortDumps: { ...SHORT_DUMPS, shortHeadBar: 0 },
    });
    expect(spans(learnedBar)).not.toEqual(spans());
  });
});
