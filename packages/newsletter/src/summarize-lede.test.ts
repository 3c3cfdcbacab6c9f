import { describe, expect, it } from "vitest";
import { SUMMARY_MAX_CHARS, splitSentences, summarizeLede } from "./summarize-lede.js";

describe("summarizeLede", () => {
  it("takes the first sentence, and the second when the first is short", () => {
    expect(
      summarizeLede({
        dek: null,
        paragraphs: [
          "The port reopened on Monday after a week-long strike by crane operators ended with a pay deal that both sides called fair. Ships had queued for days.",
        ],
      }),
    ).toBe(
      "The port reopened on Monday after a week-long strike by crane operators ended with a pay deal that both sides called fair.",
    );
    expect(
      summarizeLede({
        dek: null,
        paragraphs: ["Talks failed. Mr. Orlan said the U.S. team left early. Then rain."],
      }),
    ).toBe("Talks failed. Mr. Orlan said the U.S. team left early.");
  });

  it("uses the dek when there is no paragraph, and cuts long text at a word", () => {
    expect(summarizeLede({ dek: "A summary line.", paragraphs: [] })).toBe("A summary line.");
    const long = summarizeLede({ dek: null, paragraphs: [`${"word ".repeat(120)}end.`] });
    expect(long.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(long).toMatch(/word…$/);
  });

  it("keeps closing quotes with their sentence", () => {
    expect(splitSentences("“We will stay,” she said. “Nobody leaves.” Then they left.")).toEqual([
      "“We will stay,” she said.",
      "“Nobody leaves.”",
      "Then they left.",
    ]);
  });
});
