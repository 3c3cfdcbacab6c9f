/**
 * What the whole articles' decoder gap model is fitted on in train-decoder.ts's second pass
 * (`--own-path`), a knob for trials (the briefs' is always fitted on whole stretches): gaps
 * measured from the starts the first pass's decoder chose in the training dumps ("path", the
 * default), the same with the short story's lean unread as whole articles are decoded
 * ("path-unread"), those and the whole stretch's together ("whole-path"), those and the true ones
 * ("mixed"), from the true start before each ("true"), or the first pass's model kept ("whole":
 * one decoder for both). docs/tried.md has the figures of each.
 */
export const DECODER_SAMPLE_MODES = [
  "whole",
  "true",
  "path",
  "mixed",
  "whole-path",
  "path-unread",
] as const;
export type DecoderSampleMode = (typeof DECODER_SAMPLE_MODES)[number];

/** The mode NEWSDESK_DECODER_ORIGINS names (read by the training tools only). */
export function decoderSampleMode(
  value: string | undefined = process.env.NEWSDESK_DECODER_ORIGINS,
): DecoderSampleMode {
  if (value === undefined || value === "") return "path";
  const mode = DECODER_SAMPLE_MODES.find((m) => m === value);
  if (mode === undefined)
    throw new Error(
      `NEWSDESK_DECODER_ORIGINS is "${value}"; set it to one of ${DECODER_SAMPLE_MODES.join(", ")} or leave it unset.`,
    );
  return mode;
}
