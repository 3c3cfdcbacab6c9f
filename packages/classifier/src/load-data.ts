import { readFileSync } from "node:fs";
import type { BeatCombinerData } from "./beat-combiner.js";
import type { BeatMemberData } from "./beat-member.js";
import type { BeatModelData } from "./beat-model.js";
import type { Taxonomy } from "./types.js";

/** The generated gazetteer (scripts/build-gazetteer.mjs). */
export interface GazetteerData {
  countries: {
    code: string;
    name: string;
    region: string;
    independent: boolean;
    area: number;
    capital: string | null;
    names: string[];
    demonyms: string[];
  }[];
  /** [name, country, population, flags]: c capital, s province seat, w common English word. */
  cities: [string, string, number, string][];
  /** [name, country, flags]. */
  subdivisions: [string, string, string][];
  firstNames: string[];
}

/** The hand-curated additions (data/places.json). */
export interface CuratedPlaces {
  regionOverrides: Record<string, string>;
  /** Names to show for countries whose data-package name is not the usual English one. */
  displayNames: Record<string, string>;
  countryAliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  notPlaces: string[];
  regionNames: { name: string; region: string }[];
  places: { name: string; aliases?: string[]; country: string; kind: string }[];
  institutions: { name: string; aliases?: string[]; country: string }[];
  figures: Record<string, string[] | string>;
}

/** Everything the classifier loads once at start. */
export interface BundledData {
  gazetteer: GazetteerData;
  curated: CuratedPlaces;
  taxonomy: Taxonomy;
  /** The learned beat model (src/train/train-beat-model.ts). */
  beatModel: BeatModelData;
  /** How the model and the lexicon make beat scores (src/train/train-beat-combiner.ts). */
  beatCombiner: BeatCombinerData;
}

// src/ and dist/ both sit one level below the package, beside data/.
const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8")) as T;

/** The package's data files, in data/. */
export const DATA_FILES = [
  "gazetteer.json",
  "places.json",
  "taxonomy.json",
  "beat-model.json",
  "beat-combiner.json",
  "beat-member.json",
] as const;

/** The bundled beat combiner alone (data/beat-combiner.json). */
export function loadBeatCombiner(): BeatCombinerData {
  return readJson<BeatCombinerData>("beat-combiner.json");
}

/** The bundled member mixed with the bundled model (data/beat-member.json). */
export function loadBeatMember(): BeatMemberData {
  return readJson<BeatMemberData>("beat-member.json");
}

/** Reads the package's data files (about 2 MB of JSON). */
export function loadBundledData(): BundledData {
  return {
    gazetteer: readJson<GazetteerData>("gazetteer.json"),
    curated: readJson<CuratedPlaces>("places.json"),
    taxonomy: readJson<Taxonomy>("taxonomy.json"),
    beatModel: readJson<BeatModelData>("beat-model.json"),
    beatCombiner: readJson<BeatCombinerData>("beat-combiner.json"),
  };
}

/** The bundled taxonomy (data/taxonomy.json), for newsrooms that extend it. */
export function loadDefaultTaxonomy(): Taxonomy {
  return readJson<Taxonomy>("taxonomy.json");
}
