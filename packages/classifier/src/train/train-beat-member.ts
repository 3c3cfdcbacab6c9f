import { writeFileSync } from "node:fs";
import { eng as stopwords } from "stopword";
import { type BeatMemberData, compileBeatMember } from "../beat-member.js";
import { splitZones } from "../zones.js";
import { fitBeatMember, type MemberRow, memberBuckets } from "./fit-beat-member.js";
import { medianClassWeights } from "./median-class-weights.js";
import { readModelOptions } from "./model/model-options.js";
import { readTrainingSetup } from "./model/training-setup.js";
import { dataFile } from "./training-paths.js";

// Learns data/beat-member.json: the fastText-style member mixed with the beat model's
// probabilities (docs/tried.md, twenty-second pass), by SGD on folds 2-4 and the fixtures with
// the beat model's row weights (class, outlet, topic, fixture); and, without the fixtures,
// dist/unseen-beat-member.json, for the combiner's fixture rows (`npm run train` runs both).
const BITS = 16;
const DIM = 16;
const EPOCHS = 10;
const LEARNING_RATE = 0.02;
/** The member's share of the mixed probabilities (chosen on the calibration outlets). */
const SHARE = 0.35;
const UNSEEN_OUT = new URL("../../dist/unseen-beat-member.json", import.meta.url);

const options = readModelOptions();
const { settings } = options;
const { classes, labeled } = await readTrainingSetup({ ...options, useFixtures: true });
const C = classes.length;

// The rows are the buckets the runtime counts, through the runtime's own walk.
const empty: BeatMemberData = {
  version: 1,
  classes,
  bits: BITS,
  dim: DIM,
  embeddings: Buffer.alloc(DIM << BITS).toString("base64"),
  scale: 1,
  output: [],
  bias: [],
  share: SHARE,
  guarded: [],
  stopwords,
};
const walker = compileBeatMember(empty);
const size = new Array<number>(C).fill(0);
for (const l of labeled) size[l.label] = (size[l.label] ?? 0) + 1;
const classWeight = medianClassWeights(size, settings.classPower, settings.maxClassWeight);
const rows: MemberRow[] = [];
for (const l of labeled) {
  if (l.fold === 0 || l.fold === 1 || l.fold === -2) continue;
  const { index, value } = memberBuckets(walker, splitZones(l.article));
  rows.push({
    index,
    value,
    label: l.label,
    fold: l.fold,
    weight: l.weight * (classWeight[l.label] ?? 1),
  });
}
const corpusRows = rows.filter((r) => r.fold >= 2);
const guarded = classes.filter(
  (_, k) => corpusRows.filter((r) => r.label === k).length < settings.rareShare * corpusRows.length,
);
console.log(
  `${rows.length} rows (${corpusRows.length} from the corpus); guarded: ${guarded.join(", ")}`,
);

/** The member fitted on `rs` (fit-beat-member.ts), with the guarded beats. */
const fit = (rs: MemberRow[]): BeatMemberData => ({
  ...empty,
  ...fitBeatMember(rs, {
    classes: C,
    bits: BITS,
    dim: DIM,
    epochs: EPOCHS,
    learningRate: LEARNING_RATE,
    seed: settings.seed,
  }),
  guarded,
});

const started = Date.now();
const withFixtures = fit(rows);
const withoutFixtures = fit(rows.filter((r) => r.fold !== -1));
console.log(`two fits in ${Math.round((Date.now() - started) / 1000)} s`);
const write = (path: string | URL, data: BeatMemberData) =>
  writeFileSync(path, `${JSON.stringify(data)}\n`);
write(dataFile("beat-member.json"), withFixtures);
write(UNSEEN_OUT, withoutFixtures);
console.log(`wrote ${dataFile("beat-member.json")} and ${UNSEEN_OUT.pathname}`);
