import { parsedDumps } from "../test-support/boundary-eval.js";
import { loadFixtureArticles } from "../test-support/fixture-articles.js";

/** Scratch: the fixtures' composed dumps' false and missed starts, one a line, to diff two builds. */
function main(): void {
  const articles = loadFixtureArticles();
  for (const [name, debris] of [
    ["plain", 0],
    ["debris", 0.25],
  ] as const) {
    for (const { label, dump, articles: found } of parsedDumps(
      articles,
      [1, 2, 3, 4, 5, 6],
      0.5,
      debris,
    )) {
      const lines = dump.text.split(/\r?\n/);
      const truth = dump.truth.map((t) => t.startLine);
      for (const a of found) {
        if (truth.includes(a.startLine)) continue;
        const inside = [...dump.truth].reverse().find((t) => t.startLine < a.startLine);
        console.log(
          `${name} ${label} FALSE line ${a.startLine} in ${inside?.id} (+${a.startLine - (inside?.startLine ?? 0)}): ${lines[a.startLine - 1]?.slice(0, 70)}`,
        );
      }
      for (const t of dump.truth) {
        if (found.some((a) => a.startLine === t.startLine)) continue;
        console.log(
          `${name} ${label} MISSED ${t.id} (${t.headline === null ? "headless" : "headed"}) line ${t.startLine}: ${lines[t.startLine - 1]?.slice(0, 70)}`,
        );
      }
    }
  }
}

main();
