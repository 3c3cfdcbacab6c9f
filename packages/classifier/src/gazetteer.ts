import type { BundledData } from "./load-data.js";
import { tokenize } from "./tokenize.js";
import type { RegionId } from "./types.js";
import { buildPhraseTrie, type PhraseTrie, WordIds } from "./word-ids.js";

/** What a gazetteer name can stand for. */
export type PlaceKind =
  | "country"
  | "demonym"
  | "capital"
  | "city"
  | "subdivision"
  | "area"
  | "institution"
  | "region"
  | "figure";

/** One thing a name may refer to. */
export interface PlaceCandidate {
  /** Canonical name ("Ukraine" for "Ukrainian"). */
  name: string;
  /** ISO 3166-1 alpha-2, or "" for a region name ("Middle East"). */
  country: string;
  region: RegionId;
  kind: PlaceKind;
  population: number;
  /** The name is a common English word ("Reading", "Nice"): needs support from context. */
  word: boolean;
  /** The name is also a given name ("Jordan", "Chad", "Georgia"): a person when beside a name. */
  givenName: boolean;
  /** Written in capitals ("UK", "IDF"): must match exactly. */
  exact: boolean;
}

/** Name lookups over the compiled gazetteer. */
export interface Gazetteer {
  /** Lowercase phrase -> candidates; null marks a phrase that is no place ("U.N."). */
  names: Map<string, PlaceCandidate[] | null>;
  maxWords: Map<string, number>;
  /** The names again, keyed by word ids in `words`: what geoparsing walks. */
  trie: PhraseTrie<GazetteerName>;
  words: WordIds;
  regionOf: Map<string, RegionId>;
  givenNames: Set<string>;
  countryNames: Map<string, string>;
}

/** A name of the gazetteer as the phrase table holds it. */
export interface GazetteerName {
  key: string;
  list: PlaceCandidate[] | null;
}

const REGIONS = new Set<string>(["africa", "americas", "asia-pacific", "europe", "middle-east"]);

/**
 * Builds the name table from the generated gazetteer and the curated additions; `words` is
 * the word table shared with the other matchers (see splitZones).
 */
export function compileGazetteer(data: BundledData, words = new WordIds()): Gazetteer {
  const { gazetteer, curated } = data;
  const names = new Map<string, PlaceCandidate[] | null>();
  const maxWords = new Map<string, number>();
  const regionOf = new Map<string, RegionId>();
  const countryNames = new Map<string, string>();
  const givenNames = new Set(gazetteer.firstNames.map((n) => n.toLowerCase()));

  for (const c of gazetteer.countries) {
    regionOf.set(c.code, asRegion(c.region));
    countryNames.set(c.code, curated.displayNames[c.code] ?? c.name);
  }
  regionOf.set("EU", "europe");
  regionOf.set("XK", "europe");
  countryNames.set("XK", "Kosovo");

  const add = (
    name: string,
    c: Omit<PlaceCandidate, "givenName" | "exact" | "region"> & { region?: RegionId },
  ) => {
    const tokens = tokenize(name);
    if (tokens.length === 0) return;
    const key = tokens.map((t) => t.lower).join(" ");
    let list = names.get(key);
    if (list === null) return;
    if (list === undefined) {
      list = [];
      names.set(key, list);
    }
    const region = c.region ?? regionOf.get(c.country);
    if (!region) return;
    // One candidate per (country, kind): the most important wins.
    if (list.some((x) => x.country === c.country && x.kind === c.kind && x.name === c.name)) return;
    if (c.kind === "city" && list.some((x) => x.country === c.country && x.kind !== "figure"))
      return;
    list.push({
      ...c,
      region,
      givenName: tokens.length === 1 && givenNames.has(key),
      exact: tokens.every((t) => t.allCaps) && name.replace(/\./g, "").length <= 4,
    });
    const first = tokens[0]?.lower ?? "";
    maxWords.set(first, Math.max(maxWords.get(first) ?? 0, tokens.length));
  };
  const block = (name: string) => {
    const tokens = tokenize(name);
    const key = tokens.map((t) => t.lower).join(" ");
    names.set(key, null);
    const first = tokens[0]?.lower ?? "";
    maxWords.set(first, Math.max(maxWords.get(first) ?? 0, tokens.length));
  };

  for (const n of curated.notPlaces) block(n);
  const base = { population: 0, word: false };
  // Curated entries first: they are the most specific.
  for (const r of curated.regionNames) {
    add(r.name, { ...base, name: r.name, country: "", kind: "region", region: asRegion(r.region) });
  }
  for (const inst of curated.institutions) {
    for (const n of [inst.name, ...(inst.aliases ?? [])]) {
      add(n, { ...base, name: inst.name, country: inst.country, kind: "institution" });
    }
  }
  for (const p of curated.places) {
    const kind = p.kind === "city" ? "city" : "area";
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      add(n, { ...base, name: p.name, country: p.country, kind, population: 1e6 });
    }
  }
  for (const c of gazetteer.countries) {
    const name = countryNames.get(c.code) ?? c.name;
    for (const n of [...c.names, ...(curated.countryAliases[c.code] ?? [])]) {
      add(n, { ...base, name, country: c.code, kind: "country" });
    }
    for (const d of [...c.demonyms, ...(curated.demonyms[c.code] ?? [])]) {
      add(d, { ...base, name, country: c.code, kind: "demonym" });
    }
  }
  for (const [code, list] of Object.entries(curated.figures)) {
    if (!Array.isArray(list)) continue;
    const country = countryNames.get(code) ?? code;
    for (const n of list) add(n, { ...base, name: country, country: code, kind: "figure" });
  }
  for (const [name, country, flags] of gazetteer.subdivisions) {
    add(name, { name, country, kind: "subdivision", population: 0, word: flags.includes("w") });
  }
  for (const [name, country, population, flags] of gazetteer.cities) {
    add(name, {
      name,
      country,
      kind: flags.includes("c") ? "capital" : "city",
      population,
      word: flags.includes("w"),
    });
  }
  // Several countries share a demonym or a name ("Congolese"): keep the likeliest few.
  for (const [key, list] of names) {
    if (list && list.length > 6) names.set(key, list.slice(0, 6));
  }
  // Only names a reader could reach: one longer than its first word's maxWords (a name left
  // without a region) is never matched.
  const named: [string, GazetteerName][] = [];
  for (const [key, list] of names) {
    const parts = key.split(" ");
    if (parts.length <= (maxWords.get(parts[0] ?? "") ?? 0)) named.push([key, { key, list }]);
  }
  const trie = buildPhraseTrie(named, words);
  return { names, maxWords, trie, words, regionOf, givenNames, countryNames };
}

function asRegion(region: string): RegionId {
  if (!REGIONS.has(region)) throw new Error(`unknown region "${region}" in gazetteer data`);
  return region as RegionId;
}
