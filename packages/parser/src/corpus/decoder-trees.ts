import type { GapBoost } from "./fit-gap-model.js";

/**
 * How many boosted trees the decoder's gap models get on top of their shapes, a knob for trials
 * (NEWSDESK_DECODER_TREES, read by the training tools only): unset or 0, none; "20:base", twenty
 * over the evidence every gap has, fitted before the topic shapes (fit-gap-model.ts).
 */
export function decoderBoost(
  value: string | undefined = process.env.NEWSDESK_DECODER_TREES,
): GapBoost | undefined {
  if (value === undefined || value === "") return undefined;
  const [count, over = "all"] = value.split(":");
  const rounds = Number(count);
  if (over !== "all" && over !== "base")
    throw new Error(`NEWSDESK_DECODER_TREES is "${value}"; say :all or :base after the number.`);
  if (!Number.isInteger(rounds) || rounds < 0)
    throw new Error(
      `NEWSDESK_DECODER_TREES is "${value}"; set it to a whole number of trees or leave it unset.`,
    );
  return rounds === 0 ? undefined : { rounds, over };
}
