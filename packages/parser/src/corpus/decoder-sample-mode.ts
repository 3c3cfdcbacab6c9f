/**
 * What the decoder's gap model is fitted on (train-decoder.ts), a knob for trials: gaps measured
 * with what the whole stretch said before them ("whole", the default), from the true start
 * before them ("true"), or in a second pass (`--own-path`) from the starts the first pass's
 * decoder chose in the training dumps ("path"), or those and the true ones together ("mixed"),
 * or the whole stretch's together with the path of a first pass fitted on them ("whole-path").
 * The README's tried section has the figures of each.
 */
export const DECODER_SAMPLE_MODES = ["whole", "true", "path", "mixed", "whole-path"] as const;
export type DecoderSampleMode = (typeof DECODER_SAMPLE_MODES)[number];

/** The mode NEWSDESK_DECODER_ORIGINS names (read by the training tools only). */
export function decoderSampleMode(
  value: string | undefined = process.env.NEWSDESK_DECODER_ORIGINS,
): DecoderSampleMode {
  if (value === undefined || value === "") return "whole";
  const mode = DECODER_SAMPLE_MODES.find((m) => m === value);
  if (mode === undefined)
    throw new Error(
      `NEWSDESK_DECODER_ORIGINS is "${value}"; set it to one of ${DECODER_SAMPLE_MODES.join(", ")} or leave it unset.`,
    );
  return mode;
}
