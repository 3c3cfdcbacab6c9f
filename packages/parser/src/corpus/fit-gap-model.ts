import type { Shape } from "../additive-model.js";
import { GAP_FEATURE_NAMES, type GapFeatures } from "../gap-features.js";
import type { GapModel } from "../gap-scorer.js";
import { GAP_TOPIC_FEATURE_NAMES } from "../topic-features.js";
import { fitAdditive, sampleScorer } from "./additive-fit.js";
import type { GapSample } from "./gap-sample.js";
import { GAP_MODEL_FIT } from "./gap-training-samples.js";

type GapName = keyof GapFeatures;

const isTopic = (name: string) => (GAP_TOPIC_FEATURE_NAMES as readonly string[]).includes(name);
const BASE_NAMES = GAP_FEATURE_NAMES.filter((name) => !isTopic(name));
const DIVERGENCE = "vocabularyDivergence";
// Its shape where a model does not read it (measure-gap.ts leaves it 0 there): adds nothing.
const UNREAD: Shape = { knots: [0, 1], values: [0, 0] };

/**
 * A gap model in two steps: the evidence every gap has, each feature through its learned shape
 * (fitAdditive), fitted on all gaps; then the topic evidence, through shapes of its own, fitted
 * on top of that score with no bias but topicMeasured's (a topic feature is 0 where it was not
 * measured, the low end of its shape, so the shapes add nothing there). Shapes rather than one
 * weight each: on the validation fold, F1 0.749/0.748/0.746 -> 0.750/0.749/0.749 (one a line,
 * blank, wrapped), and the tighter ceiling spares measuring topics at more gaps. Where the
 * article before a gap is too short to compare the gap with (topic-features.ts) every topic
 * feature is 0 and the gap adds nothing to their fit: the topic shapes are learned from the
 * gaps that have them, and a short story's gaps score as they would without them. Fitted
 * together, the other weights leaned on the topic evidence, and short stories, which have
 * none, lost their starts. vocabularyDivergence is fitted among the evidence every gap has where
 * `readsDivergence` (the short stories' model, fitted on dumps of briefs), else left flat: fitted
 * into the models that read whole articles it lost them (docs/tried.md, "vocabularyDivergence").
 */
export function fitGapModel(samples: readonly GapSample[], readsDivergence = false): GapModel {
  const baseNames = readsDivergence ? BASE_NAMES : BASE_NAMES.filter((n) => n !== DIVERGENCE);
  const ys = samples.map((s) => s.y);
  const columnsOf = (names: readonly GapName[]) => names.map((n) => GAP_FEATURE_NAMES.indexOf(n));
  const pick = (s: GapSample, columns: readonly number[]) => columns.map((c) => s.x[c] as number);
  const baseColumns = columnsOf(baseNames);
  const topicColumns = columnsOf(GAP_TOPIC_FEATURE_NAMES);
  const baseRows = samples.map((s) => pick(s, baseColumns));
  const base = fitAdditive(baseNames, baseRows, ys, GAP_MODEL_FIT);
  const baseScore = sampleScorer(baseNames, base);
  const offsets = baseRows.map(baseScore);
  const [holds, runsOn] = columnsOf(["shortStoryHolds", "shortStoryRunsOn"]);
  const topicRows = samples.map((s) => [
    ...pick(s, topicColumns),
    (s.x[holds as number] as number) + (s.x[runsOn as number] as number) > 0 ? 1 : 0,
  ]);
  const names = [...GAP_TOPIC_FEATURE_NAMES, SHORT_STORY_READ] as const;
  const topic = fitAdditive(names, topicRows, ys, GAP_MODEL_FIT, { offsets });
  const { [SHORT_STORY_READ]: _depth, ...topicShapes } = topic.shapes;
  for (const name of ["shortStoryHolds", "shortStoryRunsOn"] as const)
    topicShapes[name] = shrunk(topicShapes[name], SHORT_STORY_WEIGHT);
  const shapes = { ...base.shapes, ...topicShapes };
  if (!readsDivergence) shapes[DIVERGENCE] = UNREAD;
  return { bias: base.bias + topic.bias, shapes };
}

/**
 * How much of its fitted shapes the short story's lean keeps. Three paragraphs of a scene-setting
 * lede turn to background as a short story turns to the next (a fixture's anecdote lede was split
 * in every dump at full weight); on fold 1, fitted without it, half gained on whole articles,
 * briefs and the fixtures alike (docs/tried.md, "Headless starts after short stories").
 */
const SHORT_STORY_WEIGHT = 0.5;

function shrunk(shape: Shape, by: number): Shape {
  return { knots: shape.knots, values: shape.values.map((v) => Math.round(v * by * 1000) / 1000) };
}

/**
 * Where the short story's lean is read, the gap lies a few paragraphs after the article's start,
 * where the training dumps' long stories seldom end: fitted without a bias of its own, the lean's
 * shapes learned that (both fell, the more the further from 0) and would hold back the starts
 * after short stories they are for. So it is fitted with this bias, which is then left out: the
 * shapes say how far a lean moves a gap from one of none, the length is the decoder's prior's.
 */
const SHORT_STORY_READ = "shortStoryRead";
