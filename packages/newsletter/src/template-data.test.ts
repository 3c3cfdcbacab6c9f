import { describe, expect, it } from "vitest";
import { SUBJECT_MAX, subjectLine } from "./template-data.js";

describe("subjectLine", () => {
  it("keeps the count when all fits", () => {
    expect(subjectLine("daily", "Drought Empties Reservoirs Around Tamsa", 12)).toBe(
      "Newsdesk daily: Drought Empties Reservoirs Around Tamsa and 12 more",
    );
    expect(subjectLine("weekly", "Drought Empties Reservoirs", 0)).toBe(
      "Newsdesk weekly: Drought Empties Reservoirs",
    );
    expect(subjectLine("daily", undefined, 0)).toBe("Newsdesk daily");
  });

  it("never passes 70 characters, cutting a long headline at a word", () => {
    const long =
      "Ghana's Cocoa Board Raises the Farmgate Price by a Third as Global Prices Stay High Through the Harvest";
    const subject = subjectLine("weekly", long, 29);
    expect(subject.length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(subject).toBe("Newsdesk weekly: Ghana's Cocoa Board Raises the Farmgate… and 29 more");
    const word = subjectLine("daily", "x".repeat(200), 3);
    expect(word.length).toBeLessThanOrEqual(SUBJECT_MAX);
    for (const others of [0, 1, 9, 99, 9999]) {
      for (let length = 1; length < 140; length += 7) {
        const headline = "Wordy ".repeat(length).slice(0, length);
        expect(subjectLine("weekly", headline, others).length).toBeLessThanOrEqual(SUBJECT_MAX);
      }
    }
  });
});
