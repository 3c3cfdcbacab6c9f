import { readdirSync, readFileSync } from "node:fs";

/**
 * A briefs dump for measuring the parser's cost where the briefs' decoder reads the dump (as the
 * eval's briefs row: each story cut to its first two to five paragraphs, pasted one a line, half
 * under their headline), built from the project's own fixture articles, written for Newsdesk.
 * `buildBriefsDump(mb)` repeats them to the size asked, numbering each copy's first line so no
 * two copies are identical, as parse-bench.ts's `buildDump` does with the samples.
 */
const FIXTURES_DIR = new URL("../../../../fixtures/articles/", import.meta.url);
// How many paragraphs a brief keeps, at least and at most (corpus-dumps.ts's BRIEF_PARAGRAPHS).
const LEAST = 2;
const MOST = 5;

interface FixtureStory {
  headline: string;
  paragraphs: string[];
}

function fixtureStories(): FixtureStory[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, FIXTURES_DIR), "utf8")) as FixtureStory);
}

export function buildBriefsDump(megabytes: number): Buffer {
  const stories = fixtureStories();
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < target; copy++) {
    const story = stories[copy % stories.length] as FixtureStory;
    // Lengths and headlines cycle on their own periods, so each story is cut several ways.
    const keep = LEAST + (copy % (MOST - LEAST + 1));
    const lines = story.paragraphs.slice(0, keep);
    if (copy % 2 === 0) lines.unshift(story.headline);
    lines[0] = `${lines[0]} (${copy + 1})`;
    const text = `${lines.join("\n")}\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return Buffer.from(parts.join(""));
}
