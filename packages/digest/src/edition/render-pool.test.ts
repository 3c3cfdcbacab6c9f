import { buildEdition, type Edition } from "@newsdesk/newsletter";
import { benchArticles } from "@newsdesk/newsletter/bench-articles";
import { afterAll, describe, expect, it } from "vitest";
import { createRenderPool } from "./render-pool.js";
import { renderSegmentParts, type SegmentRenderTask } from "./render-segment-parts.js";

// Run from source, the threads need the compiled module: the package's test script builds it.
const DIST_MODULE = new URL("../../dist/edition/render-segment-parts.js", import.meta.url);
const now = new Date("2026-03-10T12:00:00Z");

describe("createRenderPool", () => {
  const pool = createRenderPool({ taskModule: DIST_MODULE });
  afterAll(() => pool.close());

  it("renders each segment byte for byte as the main thread does, empty ones included", async () => {
    const articles = benchArticles(400, now).map((article, index) => ({
      ...article,
      id: index + 1,
    }));
    const edition = buildEdition({ articles, frequency: "daily", now }) as Edition;
    const tasks: SegmentRenderTask[] = [
      { regions: [], beats: [] },
      { regions: [edition.sections[0]?.region as string], beats: [] },
      { regions: ["nowhere-at-all"], beats: [] },
    ].map((segment) => ({
      edition,
      segment,
      options: { publicUrl: "https://news.example.org", browserUrl: "https://news.example.org/a" },
    }));
    const offThread = await Promise.all(tasks.map((task) => pool.render(task)));
    const onThread = await Promise.all(tasks.map((task) => renderSegmentParts(task)));
    expect(offThread[0]?.html.chunks.join("").length).toBeGreaterThan(1_000);
    expect(offThread[2]).toBeNull();
    expect(offThread).toEqual(onThread);
  });
});
