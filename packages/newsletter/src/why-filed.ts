import { beatName } from "./beat-name.js";
import { regionName } from "./regions.js";
import type { PrimaryEvidence } from "./types.js";

/** Said of a beat or region an editor chose: the classifier's words are not its reason. */
export const SET_BY_EDITOR = "set by an editor";

export interface WhyFiledOptions {
  /** Most words shown for the beat (the classifier gives up to four). */
  maxTerms?: number;
  /** Most places shown for the region (the classifier gives up to three). */
  maxPlaces?: number;
}

/**
 * A reader's "why is this here" in a few words: "Why Business: tariffs, exports · Europe:
 * Berlin", the strongest evidence for the primary beat and region, strongest first ("wording
 * like tariffs, exports" where the wording pattern chose the beat over the model); "set by an
 * editor" for one an editor chose. A part with no evidence is left out; null when nothing is
 * left (no evidence kept, as for articles classified before it was, or nothing decided it).
 */
export function whyFiled(
  primary: { beat?: string | undefined; region?: string | undefined },
  evidence: PrimaryEvidence | null | undefined,
  options: WhyFiledOptions = {},
): string | null {
  if (!evidence) return null;
  let beat = primary.beat ? reason(evidence.beat, options.maxTerms) : undefined;
  // The words are the pattern's, not each a reason of its own: the reader is told so.
  if (beat !== undefined && beat !== SET_BY_EDITOR && evidence.wordingOver)
    beat = `wording like ${beat}`;
  const region = primary.region ? reason(evidence.region, options.maxPlaces) : undefined;
  const beatLabel = primary.beat ? beatName(primary.beat) : "";
  const regionLabel = primary.region ? regionName(primary.region) : "";
  if (beat === SET_BY_EDITOR && region === SET_BY_EDITOR) {
    return `Why ${beatLabel} and ${regionLabel}: ${SET_BY_EDITOR}`;
  }
  const parts = [
    beat ? `${beatLabel}: ${beat}` : "",
    region ? `${regionLabel}: ${region}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `Why ${parts.join(" · ")}` : null;
}

/** The words of one part, or `SET_BY_EDITOR`; undefined when there are none. */
function reason(terms: readonly string[] | null, max = Number.POSITIVE_INFINITY) {
  if (terms === null) return SET_BY_EDITOR;
  const shown = [...new Set(terms.map((term) => term.trim()).filter(Boolean))].slice(0, max);
  return shown.length > 0 ? shown.join(", ") : undefined;
}
