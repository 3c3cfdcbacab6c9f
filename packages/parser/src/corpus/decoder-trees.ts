import type { BoostOptions } from "./boosted-trees.js";

/**
 * How many boosted trees the decoder's gap models get on top of their shapes, a knob for trials
 * (NEWSDESK_DECODER_TREES, read by the training tools only): unset or 0, none.
 */
export function decoderBoost(
  value: string | undefined = process.env.NEWSDESK_DECODER_TREES,
): Partial<BoostOptions> | undefined {
  if (value === undefined || value === "") return undefined;
  const rounds = Number(value);
  if (!Number.isInteger(rounds) || rounds < 0)
    throw new Error(
      `NEWSDESK_DECODER_TREES is "${value}"; set it to a whole number of trees or leave it unset.`,
    );
  return rounds === 0 ? undefined : { rounds };
}
