import { beatMetrics, formatConfusion } from "./beat-metrics.js";
import { checkDeskLabels, deskLabelUniverse } from "./check-desk-labels.js";
import type { CorpusArticle } from "./corpus-articles.js";
import {
  DEFAULT_DESK_LABELS,
  DESK_SLICE_SEED,
  deskSliceFigures,
  formatShare,
  loadDeskLabels,
  type SliceRow,
} from "./desk-labels.js";
import { printPassAgreement } from "./pass-agreement-report.js";

/**
 * Prints the three figures on the desk-labelled slice of the held-out outlets: the classifier
 * against the desk, the corpus beat against the desk (how noisy the topic mapping is), and the
 * classifier against the corpus beat on the same articles. Throws a DeskLabelError, before
 * printing, when a label names a beat the taxonomy lacks or an article outside the slice. Then
 * the agreement of the second blind pass with the first (printPassAgreement).
 */
export function printDeskSlice(
  heldOut: readonly CorpusArticle[],
  primaryById: ReadonlyMap<string, string>,
  beats: readonly { id: string; parent?: string }[],
  paths: { first?: string; second?: string } = {},
): void {
  const path = paths.first ?? DEFAULT_DESK_LABELS;
  const labels = loadDeskLabels(path);
  if (!labels) {
    console.log(
      `\n== desk-labelled slice: no labels at ${path}; skipped (make them with npm run desk-slice, or pass --desk-labels FILE)`,
    );
    return;
  }
  const corpusBeat = new Map<string, string>();
  for (const c of heldOut) if (c.beat) corpusBeat.set(c.id, c.beat);
  const universe = deskLabelUniverse(beats, corpusBeat.keys());
  checkDeskLabels(labels, universe, path);
  const rows: SliceRow[] = labels.map((desk) => ({
    desk,
    corpusBeat: corpusBeat.get(desk.id) as string,
    predicted: primaryById.get(desk.id) ?? "(none)",
  }));
  const f = deskSliceFigures(rows);
  console.log(
    `\n== desk-labelled slice (blind hand labels, seed ${DESK_SLICE_SEED}): ${rows.length} held-out articles`,
  );
  console.log(`classifier vs desk beat              ${formatShare(f.classifierVsDesk)}`);
  console.log(`classifier vs desk beat or its second ${formatShare(f.classifierVsDeskOrAlso)}`);
  console.log(`corpus beat vs desk beat             ${formatShare(f.corpusVsDesk)}`);
  console.log(`corpus beat vs desk beat or second   ${formatShare(f.corpusVsDeskOrAlso)}`);
  console.log(`classifier vs corpus beat (slice)    ${formatShare(f.classifierVsCorpus)}`);
  // Where they part: a right answer (the desk's beat or its second) is tabulated under itself.
  const against = (given: (r: SliceRow) => string) =>
    formatConfusion(
      beatMetrics(
        rows.map((r) => ({
          gold: r.desk.also ? [r.desk.beat, r.desk.also] : [r.desk.beat],
          predicted: given(r),
        })),
      ).confusion,
    );
  console.log(
    `\ndesk beat (rows) against the classifier's primary beat\n${against((r) => r.predicted)}`,
  );
  console.log(`\ndesk beat (rows) against the corpus beat\n${against((r) => r.corpusBeat)}`);
  printPassAgreement(labels, universe, primaryById, paths.second);
}
