import type { BeatDefinition, Taxonomy } from "./types.js";

/**
 * Merges a newsroom's taxonomy file into a base taxonomy: new beats and sub-beats are added,
 * and evidence for an existing beat is added to its lists (same weight key, terms appended).
 */
export function extendTaxonomy(base: Taxonomy, extension: Partial<Taxonomy>): Taxonomy {
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
  return {
    version: extension.version ?? base.version,
    fallback: extension.fallback ?? base.fallback,
    beats: [...beats.values()],
  };
}
