import { checkDeskLabels, type DeskLabelUniverse } from "./check-desk-labels.js";
import {
  DEFAULT_SECOND_DESK_LABELS,
  type DeskLabel,
  formatShare,
  loadDeskLabels,
  type Share,
} from "./desk-labels.js";
import { passAgreement } from "./pass-agreement.js";

/**
 * Prints how far the second blind pass agrees with the first on the articles both labelled,
 * beside the classifier against each pass on the same articles: two labellers' agreement is
 * about the most a model that follows a desk's judgement can be expected to reach.
 */
export function printPassAgreement(
  first: readonly DeskLabel[],
  universe: DeskLabelUniverse,
  primaryById: ReadonlyMap<string, string>,
  path = DEFAULT_SECOND_DESK_LABELS,
): void {
  const second = loadDeskLabels(path);
  if (!second) {
    console.log(
      `\n== two blind passes: no second pass at ${path}; skipped (npm run desk-slice -- --second prints what to label)`,
    );
    return;
  }
  checkDeskLabels(second, universe, path);
  const a = passAgreement(first, second, path);
  const firstById = new Map(first.map((l) => [l.id, l]));
  const classifierMatches = (pass: (l: DeskLabel) => DeskLabel): Share => ({
    right: second.filter((l) => primaryById.get(l.id) === pass(l).beat).length,
    total: second.length,
  });
  console.log(`\n== two blind passes over ${second.length} articles of the slice`);
  console.log(`primary beats the same                 ${formatShare(a.primaryExact)}`);
  console.log(`first's primary in the second's pair   ${formatShare(a.firstInSecondPair)}`);
  console.log(`second's primary in the first's pair   ${formatShare(a.secondInFirstPair)}`);
  console.log(`Cohen's kappa (primary beats)           ${a.kappa.toFixed(3)}`);
  console.log(
    `classifier vs first pass (same articles) ${formatShare(classifierMatches((l) => firstById.get(l.id) as DeskLabel))}`,
  );
  console.log(
    `classifier vs second pass                ${formatShare(classifierMatches((l) => l))}`,
  );
}
