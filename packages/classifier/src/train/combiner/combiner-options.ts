import { existsSync } from "node:fs";
import { readScriptOptions } from "../../eval/script-options.js";
import { numberOptions } from "../number-options.js";
import { dataFile } from "../training-paths.js";

const USAGE =
  "npm run train:combine -- --unseen FILE [--corpus PATH] [--out FILE] [--sweep --l2s X,Y --powers X,Y --fixture-weights X,Y] [--l2 X] [--class-power X] [--fixture-weight X] [--iterations N] [--margin X] [--rare N]";
const text = { type: "string" } as const;

/** The combiner trainer's command line (USAGE above); exits with what to pass when it is wrong. */
export function readCombinerOptions() {
  const { values: opts } = readScriptOptions(USAGE, {
    unseen: text,
    corpus: text,
    out: text,
    sweep: { type: "boolean" },
    l2s: text,
    powers: text,
    "fixture-weights": text,
    l2: text,
    "class-power": text,
    "fixture-weight": text,
    iterations: text,
    margin: text,
    rare: text,
  });
  const { option, list } = numberOptions(opts, USAGE);
  const settings = {
    // Chosen with --sweep on the calibration outlets (l2 0.1-3, class power 0-0.5, fixture
    // weight 2-8): see the package README.
    l2: option("l2", 1),
    classPower: option("class-power", 0.5),
    fixtureWeight: option("fixture-weight", 4),
    iterations: option("iterations", 250),
    maxClassWeight: 4,
  };
  const sweep = opts.sweep === true;
  const candidates = {
    l2s: sweep ? list("l2s", settings.l2) : [settings.l2],
    classPowers: sweep ? list("powers", settings.classPower) : [settings.classPower],
    fixtureWeights: sweep
      ? list("fixture-weights", settings.fixtureWeight)
      : [settings.fixtureWeight],
  };
  /** Beats with fewer rows than this keep the model's bias: too few to learn one from. */
  const rare = option("rare", 10);
  /**
   * The model alone is the first candidate: a learned combination replaces it only when it gains
   * more than this (accuracy + macro-F1, cross-validated on the calibration outlets), about the
   * noise of 3,300 articles from 50-odd outlets.
   */
  const margin = option("margin", 0.01);

  const unseenPath = opts.unseen;
  if (!unseenPath || !existsSync(unseenPath)) {
    console.error(
      `${unseenPath ? `no beat model at ${unseenPath}: ` : ""}pass --unseen FILE: a beat model trained without the fixtures (npm run train:model -- --no-fixtures --out FILE), so the fixtures are scored as articles it never saw`,
    );
    process.exit(1);
  }
  return {
    unseenPath,
    corpus: opts.corpus,
    out: opts.out ?? dataFile("beat-combiner.json"),
    settings,
    candidates,
    rare,
    margin,
  };
}

export type CombinerOptions = ReturnType<typeof readCombinerOptions>;
