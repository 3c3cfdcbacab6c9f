import type { Classification } from "../types.js";
import { BEFORE } from "./before-figures.js";
import { type DeskCheckStory, deskAccuracy, loadDeskCheck } from "./desk-check-set.js";

const share = (right: number, total: number) =>
  `${((100 * right) / Math.max(1, total)).toFixed(1).padStart(5)}% (${right}/${total})`;

/**
 * Prints the desk check's row: per desk and overall, the share of its stories whose primary
 * top-level beat is the desk's, then each miss with its evidence (`dir`: desk-check/ unless
 * given). The figure is blind only until taxonomy changes are read from these misses.
 */
export function printDeskCheck(
  classify: (a: DeskCheckStory["article"]) => Classification,
  topLevel: ReadonlySet<string>,
  dir?: string,
): void {
  const stories = loadDeskCheck(dir);
  if (stories.length === 0) {
    console.log(`\n== desk check: no stories at ${dir ?? "desk-check/"}; skipped`);
    return;
  }
  const results = new Map(stories.map((s) => [s.id, classify(s.article)]));
  const primary = (s: DeskCheckStory) =>
    results.get(s.id)?.beats.find((b) => topLevel.has(b.id))?.id ?? "(none)";
  const rows = deskAccuracy(stories, primary);
  const right = rows.reduce((n, r) => n + r.right, 0);
  console.log(
    `\n== desk check (invented stories of five desks, never trained on): ${stories.length}`,
  );
  for (const r of rows) console.log(`  ${r.desk.padEnd(28)} ${share(r.right, r.total)}`);
  const blind = BEFORE.deskCheckBlind;
  console.log(
    `primary beat is the desk's  ${share(right, stories.length)}   (blind, before fixes read from its misses: ${share(blind.right, blind.total).trim()})`,
  );
  const misses = stories.filter((s) => primary(s) !== s.beat);
  for (const s of misses) {
    const c = results.get(s.id);
    console.log(
      `  ${s.id}: ${primary(s)} (want ${s.beat}), beats ${JSON.stringify(c?.beats.slice(0, 3).map((b) => `${b.id} ${b.score.toFixed(2)}`))}, evidence ${JSON.stringify(c?.evidence.beat)}`,
    );
  }
}
