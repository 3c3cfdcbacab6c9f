import { type FlatTrie, numberTrie } from "./flat-trie.js";
import type { BundledData, GazetteerData } from "./load-data.js";
import { PLAIN_ALL_CAPS, PLAIN_NAME } from "./plain-names.js";
import { tokenize } from "./tokenize.js";
import type { RegionId } from "./types.js";
import { buildPhraseTrie, WordIds } from "./word-ids.js";

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
  /**
   * The names again, keyed by word ids in `words` and numbered (flat-trie.ts): what geoparsing
   * walks. A Map trie's next word was a look-up through scattered objects, 4-7% of the bench.
   */
  flat: FlatTrie<GazetteerName>;
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

  // Candidates are built field by field, in one shape: spreading a partial candidate into each
  // took half of loading the gazetteer.
  const add = (
    name: string,
    canonical: string,
    country: string,
    kind: PlaceKind,
    population: number,
    word: boolean,
    ownRegion?: RegionId,
  ) => {
    let key: string;
    let count: number;
    let allCaps: boolean;
    if (PLAIN_NAME.test(name)) {
      key = name.toLowerCase();
      count = key.split(" ").length;
      allCaps = PLAIN_ALL_CAPS.test(name);
    } else {
      const tokens = tokenize(name);
      if (tokens.length === 0) return;
      key = tokens.lowers().join(" ");
      count = tokens.length;
      allCaps = tokens.views().every((t) => t.allCaps);
    }
    let list = names.get(key);
    if (list === null) return;
    if (list === undefined) {
      list = [];
      names.set(key, list);
    }
    const region = ownRegion ?? regionOf.get(country);
    if (!region) return;
    // One candidate per (country, kind): the most important wins.
    for (const x of list) {
      if (x.country === country && x.kind === kind && x.name === canonical) return;
    }
    if (kind === "city")
      for (const x of list) if (x.country === country && x.kind !== "figure") return;
    list.push({
      name: canonical,
      country,
      region,
      kind,
      population,
      word,
      givenName: count === 1 && givenNames.has(key),
      exact: allCaps && name.replace(/\./g, "").length <= 4,
    });
    const space = key.indexOf(" ");
    const first = space < 0 ? key : key.slice(0, space);
    maxWords.set(first, Math.max(maxWords.get(first) ?? 0, count));
  };
  const block = (name: string) => {
    const tokens = tokenize(name);
    const key = tokens.lowers().join(" ");
    names.set(key, null);
    const first = tokens.length > 0 ? tokens.lower(0) : "";
    maxWords.set(first, Math.max(maxWords.get(first) ?? 0, tokens.length));
  };

  for (const n of curated.notPlaces) block(n);
  // Curated entries first: they are the most specific.
  for (const r of curated.regionNames)
    add(r.name, r.name, "", "region", 0, false, asRegion(r.region));
  for (const inst of curated.institutions) {
    for (const n of [inst.name, ...(inst.aliases ?? [])]) {
      add(n, inst.name, inst.country, "institution", 0, false);
    }
  }
  for (const p of curated.places) {
    const kind = p.kind === "city" ? "city" : "area";
    for (const n of [p.name, ...(p.aliases ?? [])]) add(n, p.name, p.country, kind, 1e6, false);
  }
  for (const c of gazetteer.countries) {
    const name = countryNames.get(c.code) ?? c.name;
    for (const n of [...c.names, ...(curated.countryAliases[c.code] ?? [])]) {
      add(n, name, c.code, "country", 0, false);
    }
    for (const d of [...c.demonyms, ...(curated.demonyms[c.code] ?? [])]) {
      add(d, name, c.code, "demonym", 0, false);
    }
  }
  for (const [code, list] of Object.entries(curated.figures)) {
    if (!Array.isArray(list)) continue;
    const country = countryNames.get(code) ?? code;
    for (const n of list) add(n, country, code, "figure", 0, false);
  }
  // Rows are read by index: destructuring them in the loop head walked an iterator for each.
  for (let i = 0; i < gazetteer.subdivisions.length; i++) {
    const [name, country, flags] = gazetteer.subdivisions[i] as GazetteerData["subdivisions"][0];
    add(name, name, country, "subdivision", 0, flags.includes("w"));
  }
  for (let i = 0; i < gazetteer.cities.length; i++) {
    const row = gazetteer.cities[i] as GazetteerData["cities"][0];
    const name = row[0];
    const flags = row[3];
    add(name, name, row[1], flags.includes("c") ? "capital" : "city", row[2], flags.includes("w"));
  }
  // Several countries share a demonym or a name ("Congolese"): keep the likeliest few.
  for (const [key, list] of names) {
    if (list && list.length > 6) names.set(key, list.slice(0, 6));
  }
  // Only names a reader could reach: one longer than its first word's maxWords (a name left
  // without a region) is never matched.
  const named: [string, GazetteerName][] = [];
  for (const [key, list] of names) {
    // Most names are one word: no need to split them.
    const reachable =
      key.indexOf(" ") < 0
        ? (maxWords.get(key) ?? 0) >= 1
        : key.split(" ").length <= (maxWords.get(key.slice(0, key.indexOf(" "))) ?? 0);
    if (reachable) named.push([key, { key, list }]);
  }
  const flat = numberTrie(buildPhraseTrie(named, words));
  return { names, maxWords, flat, words, regionOf, givenNames, countryNames };
}

function asRegion(region: string): RegionId {
  if (!REGIONS.has(region)) throw new Error(`unknown region "${region}" in gazetteer data`);
  return region as RegionId;
}
