import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { levelWithout } from "../dump-level.js";
import { dumpLevel, pieceCohesion } from "../split-halves.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/ruled-start-rows.js [fold] [lines|briefs] OUT`: one row per start found
 * past a dump's first that the decoder did not make (the headline evidence, a rule, a hard break,
 * gap by gap), with its shape and place, true or false, written to OUT (outside the repository:
 * the rows carry the line's text for reading by hand). Counts by kind on stdout.
 */
function main(): void {
  const corpus = corpusOrExplain("ruled start rows", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const out = process.argv[4];
  const rows: Record<string, unknown>[] = [];
  for (const { spans, table, trueStarts, stories, paragraphs } of segmentedDumps(
    corpus,
    fold,
    briefs,
  )) {
    const level = dumpLevel(spans, table);
    spans.forEach((s, i) => {
      if (i === 0) return;
      const kind = s.start?.kind ?? "hard break";
      if (kind === "gap" && s.reach !== undefined) return;
      const above = spans[i - 1] as ArticleSpan;
      const next = spans[i + 1];
      const story = stories.find((t) => t.first <= s.first && s.first <= t.last);
      const head = s.headline;
      const f = head === null ? undefined : table.paragraphs[head];
      rows.push({
        kind,
        truth: trueStarts.has(s.first) ? 1 : 0,
        score: s.start?.score ?? null,
        above: s.first - above.first,
        below: s.last - s.first + 1,
        aboveStart: above.start?.kind ?? "first",
        nextLen: next ? next.last - next.first + 1 : -1,
        nextKind: next ? (next.start?.kind ?? "hard break") : "end",
        cohesion: pieceCohesion(table, above, s),
        others: levelWithout(level, table.lineOf(s.first)),
        overNext:
          next !== undefined && s.last - s.first < 4
            ? pieceCohesion(table, above, { ...next, first: s.first })
            : null,
        words: f?.words ?? 0,
        caps: f?.allCaps ?? false,
        into: story ? s.first - story.body : -1,
        left: story ? story.last - s.first : -1,
        line: head === null ? "" : paragraphs[head]?.text.slice(0, 120),
        first: paragraphs[s.first]?.text.slice(0, 120),
        under: paragraphs[(head ?? s.first) + 1]?.text.slice(0, 120),
        before: paragraphs[s.first - 1]?.text.slice(-120),
      });
    });
  }
  if (out) writeFileSync(out, JSON.stringify(rows));
  const counts = new Map<string, [number, number]>();
  for (const r of rows) {
    const pair = counts.get(r.kind as string) ?? [0, 0];
    if (r.truth === 1) pair[1]++;
    else pair[0]++;
    counts.set(r.kind as string, pair);
  }
  console.log(`fold ${fold} ${briefs ? "briefs" : "lines"}: false / true starts by kind`);
  for (const [k, [f, t]] of counts) console.log(`  ${k.padEnd(16)} ${f} / ${t}`);
}

main();
