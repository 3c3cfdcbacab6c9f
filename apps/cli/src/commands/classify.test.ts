import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgram } from "../program.js";

// An original two-article dump written for this test.
const dump = [
  "Rescuers Search Rubble After Earthquake Strikes Eastern Turkey",
  "MALATYA, Turkey — Rescue teams worked through the night after a magnitude 6.1 earthquake collapsed buildings across eastern Turkey, officials said on Tuesday.",
  "The disaster agency said 14 people were killed and dozens injured. Survivors were evacuated to tents as aftershocks continued.",
  "",
  "Late Penalty Hands Lagos Side Cup Win",
  "LAGOS, Nigeria — A stoppage-time penalty gave the home side a 2-1 win in the cup final on Sunday, sending thousands of fans into the streets of Lagos.",
  "The coach praised his players after the match, saying the squad had earned its first title in a decade.",
  "",
].join("\n");

async function run(args: string[], input = dump): Promise<string> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c));
  const io = { stdout, stderr: new PassThrough(), stdin: Readable.from([Buffer.from(input)]) };
  await createProgram(io).parseAsync(["node", "newsdesk", ...args]);
  return Buffer.concat(chunks).toString("utf8");
}

describe("newsdesk classify", () => {
  it("prints the JSON contract's document with beats, regions, places and people", async () => {
    const doc = JSON.parse(await run(["classify", "-", "--json"]));
    expect(doc.articles).toHaveLength(2);
    const [quake, cup] = doc.articles;
    expect(quake).toMatchObject({ startLine: 1, endLine: 3 });
    expect(quake.beats[0].id).toBe("disaster-accident-emergency");
    expect(quake.regions[0].id).toBe("europe");
    expect(quake.places[0]).toMatchObject({ name: "Turkey", countryCode: "TR" });
    expect(cup.beats[0].id).toBe("sport");
    expect(cup.regions[0].id).toBe("africa");
    for (const a of doc.articles) {
      expect(Array.isArray(a.people)).toBe(true);
      expect(a.explanation).toBeUndefined();
    }
    expect(Array.isArray(doc.warnings)).toBe(true);
  });

  it("prints a readable table by default, and the evidence with --explain", async () => {
    const table = await run(["classify", "-"]);
    expect(table).toContain("disaster-accident-emergency");
    expect(table).toContain("2 articles");
    const explained = await run(["classify", "-", "--explain"]);
    expect(explained).toContain("dateline: MALATYA, Turkey");
    expect(explained).toMatch(/earthquake/);
    expect(explained).toMatch(/why: sport for .*; africa for "Lagos"/);
  });

  it("says when the wording pattern, not the model's words, chose the primary beat", async () => {
    // Written for this test: the model files it under politics, the member under the economy.
    const fuelDuty = [
      "Finance minister defends fuel duty rise",
      "The finance minister defended a rise in fuel duty on Tuesday, saying the treasury needed the money to pay down debt.",
      "Hauliers and farmers said the rise would push up the price of food and goods, and economists expect inflation to rise.",
      "The minister told reporters the government would not change course before the vote.",
      "",
    ].join("\n");
    const explained = await run(["classify", "-", "--explain"], fuelDuty);
    expect(explained).toMatch(
      /why: economy-business-finance for the wording of "debt", .*, over politics;/,
    );
    expect(explained).toMatch(/economy-business-finance \(p [\d.]+ wording over politics\): debt/);
  });

  it("gives each article the evidence behind its primary beat and region", async () => {
    const doc = JSON.parse(await run(["classify", "-", "--json"]));
    const cup = doc.articles[1];
    expect(cup.evidence.region).toContain("Lagos");
    expect(cup.evidence.beat.length).toBeGreaterThan(0);
    expect(cup.evidence.beat.length).toBeLessThanOrEqual(4);
  });
});
