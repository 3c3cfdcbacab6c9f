import { TaxonomyError } from "./beat-lexicon.js";
import { termProblem } from "./term-syntax.js";
import type { BeatDefinition, Taxonomy } from "./types.js";

/**
 * Merges a newsroom's taxonomy file into a base taxonomy: new beats and sub-beats are added,
 * and evidence for an existing beat is added to its lists (same weight key, terms appended);
 * a frame replaces the base's frame of its id. Terms follow term-syntax.ts (`=term` exact,
 * `_term` lower case only); a malformed one throws a TaxonomyError saying how to write it.
 */
export function extendTaxonomy(base: Taxonomy, extension: Partial<Taxonomy>): Taxonomy {
  checkTerms(extension);
  const beats = new Map<string, BeatDefinition>(
    base.beats.map((b) => [b.id, { ...b, evidence: { ...b.evidence } }]),
  );
  for (const beat of extension.beats ?? []) {
    const existing = beats.get(beat.id);
    if (!existing) {
      beats.set(beat.id, beat);
      continue;
    }
    for (const [weight, terms] of Object.entries(beat.evidence ?? {})) {
      existing.evidence[weight] = [...(existing.evidence[weight] ?? []), ...terms];
    }
    if (beat.label) existing.label = beat.label;
  }
  // A frame of the extension replaces the base's frame of the same id.
  const frames = new Map((base.frames ?? []).map((f) => [f.id, f]));
  for (const frame of extension.frames ?? []) frames.set(frame.id, frame);
  return {
    version: extension.version ?? base.version,
    fallback: extension.fallback ?? base.fallback,
    beats: [...beats.values()],
    ...(frames.size > 0 ? { frames: [...frames.values()] } : {}),
  };
}

/** Rejects an extension's malformed terms now, naming the beat or frame, rather than at compile. */
function checkTerms(extension: Partial<Taxonomy>): void {
  const owners = [
    ...(extension.beats ?? []).map((b) => ({ what: `beat "${b.id}"`, evidence: b.evidence })),
    ...(extension.frames ?? []).map((f) => ({ what: `frame "${f.id}"`, evidence: f.evidence })),
  ];
  for (const { what, evidence } of owners) {
    for (const terms of Object.values(evidence ?? {})) {
      for (const term of terms) {
        const problem = termProblem(term);
        if (problem) throw new TaxonomyError(`taxonomy extension, ${what}: ${problem}`);
      }
    }
  }
}
