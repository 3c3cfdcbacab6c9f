import { rootOf } from "./flat-trie.js";
import type { Gazetteer, GazetteerName, PlaceCandidate, PlaceKind } from "./gazetteer.js";
import type { TokenList } from "./tokenize.js";
import type { PlaceEvidence, PlaceMention, RegionId, ScoredLabel } from "./types.js";
import { zoneWordIds } from "./word-ids.js";
import { WordSet } from "./word-set.js";
import type { Zone, ZoneKind } from "./zones.js";

/** Where a place is named says how central it is: a dateline is where the story happened. */
const ZONE_WEIGHT: Record<ZoneKind, number> = {
  headline: 3,
  dek: 2,
  dateline: 5,
  lede: 2,
  body: 1,
  contributor: 1.5,
};
/** How much one mention counts for its country, by what kind of name it was. */
const KIND_WEIGHT: Record<PlaceKind, number> = {
  country: 1,
  capital: 1,
  city: 1,
  subdivision: 1,
  area: 1,
  institution: 0.8,
  demonym: 0.6,
  region: 0.5,
  figure: 0.35,
};
/** Cities smaller than this need their country named elsewhere in the article, or a cue. */
const SMALL_CITY = 100_000;
/** Cities smaller than this need their country named elsewhere, or a cue ("in Reading"). */
const MID_CITY = 1_000_000;
/** Words that introduce a place: a small town is only taken after one of them. */
const PLACE_CUES = new WordSet([
  "in",
  "from",
  "near",
  "outside",
  "at",
  "of",
  "around",
  "across",
  "through",
  "into",
  "town",
  "city",
  "village",
  "port",
  "capital",
]);
/** Capitalized words that may follow a city without making it part of a name. */
const PLACE_NEIGHBOURS = new WordSet([
  "city",
  "university",
  "airport",
  "police",
  "province",
  "region",
  "district",
  "council",
  "mayor",
  "state",
  "county",
  "port",
  "harbour",
  "harbor",
  "station",
  "stadium",
  "bureau",
  "office",
  "court",
  "hospital",
  "museum",
  "square",
  "street",
  "club",
  "fc",
  "united",
  "marathon",
  "summit",
  "agreement",
  "accord",
  "protocol",
  "talks",
  "conference",
]);
/**
 * Countries that appear in much foreign news as an actor rather than a setting: their
 * evidence is discounted when another region is well represented, so a story about American
 * diplomacy over Ukraine files under Europe while a purely American story stays American.
 */
const ACTOR_DISCOUNT: [code: string, factor: number][] = [["US", 0.55]];
const REGION_SHARE_MIN = 0.12;
const FUNCTION_WORDS = new WordSet([
  "in",
  "of",
  "the",
  "from",
  "to",
  "and",
  "for",
  "at",
  "on",
  "with",
  "by",
  "as",
  "after",
  "before",
  "about",
  "into",
  "over",
  "between",
  "across",
  "near",
  "like",
  "against",
  "across",
  "but",
  "or",
  "than",
  "both",
  "between",
  "toward",
  "towards",
  "outside",
  "inside",
  "visit",
  "visits",
  "visited",
  "a",
  "an",
  "while",
  "when",
  "where",
  "said",
  "says",
  "told",
  "says",
]);

interface Mention {
  /** Often the gazetteer's own list (see allowedCandidates): never change it. */
  candidates: readonly PlaceCandidate[];
  zone: ZoneKind;
  /** Capitalization cannot be trusted (sentence start, title-case headline). */
  weakCase: boolean;
  /** Stands beside another capitalized word ("Michael Jordan", "Jordan Peterson"). */
  besideName: boolean;
  /** Follows a word that introduces a place ("in", "near", "outside"). */
  cued: boolean;
  chosen: PlaceCandidate | undefined;
}

/** What the geoparser found in one article. */
export interface GeoResult {
  regions: ScoredLabel<RegionId>[];
  places: PlaceMention[];
  /** Every region's places, for explain only (empty without `allEvidence`). */
  evidence: { id: RegionId; raw: number; score: number; places: PlaceEvidence[] }[];
  /** The first region's distinct place names, heaviest first, at most REGION_NAMES. */
  regionPlaces: string[];
  dateline: string | null;
}

/** How many of the first region's place names a classification shows. */
const REGION_NAMES = 3;

/**
 * Finds places in an article's zones, resolves ambiguous names and weighs regions. Without
 * `allEvidence`, `evidence` is empty: a classification shows `regionPlaces` only.
 */
export function geoparse(
  zones: Zone[],
  gazetteer: Gazetteer,
  allEvidence = true,
  pool = new GeoPool(),
): GeoResult {
  pool.mentionCount = 0;
  let dateline: string | null = null;
  for (const zone of zones) {
    if (zone.kind === "dateline") dateline = zone.text.trim();
    collectMentions(zone, gazetteer, pool);
  }
  const mentions = pool.mentions;
  const n = pool.mentionCount;

  // Pass 1: names that can only mean one country, and are not doubtful, set the context. Its
  // sums are the pool's (two Maps an article were 0.6 KB of its allocation, docs/tried.md,
  // forty-fourth pass); each key's sum is added in the same order as the Maps' were.
  const context = pool.countryContext;
  const regionContext = pool.regionContext;
  context.clear();
  regionContext.clear();
  let contextTotal = 0;
  for (let k = 0; k < n; k++) {
    const m = mentions[k] as Mention;
    const c = soleCountryCandidate(m);
    if (c === undefined || !c.country) continue;
    if ((c.kind === "city" && c.population < SMALL_CITY) || c.word) continue;
    const w = ZONE_WEIGHT[m.zone] * KIND_WEIGHT[c.kind];
    context.add(c.country, w);
    regionContext.add(c.region, w);
    contextTotal += w;
  }

  // Pass 2: every mention picks its likeliest candidate given that context.
  for (let k = 0; k < n; k++) {
    const m = mentions[k] as Mention;
    // A reused mention may hold an earlier article's choice (GeoPool.mention leaves it).
    m.chosen = undefined;
    let best: PlaceCandidate | undefined;
    let bestScore = -1;
    for (const c of m.candidates) {
      if (doubtful(m, c)) continue;
      const share = contextTotal > 0 ? context.get(c.country) / contextTotal : 0;
      const regionShare = contextTotal > 0 ? regionContext.get(c.region) / contextTotal : 0;
      const s = prior(c) + 1.2 * share + 0.4 * regionShare;
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (!best) continue;
    const supported = best.country !== "" && context.get(best.country) > 0;
    const city = best.kind === "city";
    if (m.zone !== "dateline") {
      if (city && best.population < SMALL_CITY && !m.cued) continue;
      const needsSupport =
        best.word || (city && best.population < MID_CITY) || best.kind === "figure";
      if (needsSupport && !supported && !m.cued) continue;
    }
    m.chosen = best;
  }

  return weigh(gazetteer, dateline, allEvidence, pool);
}

function collectMentions(zone: Zone, gazetteer: Gazetteer, pool: GeoPool): void {
  const tokens = zone.tokens;
  const ids = zoneWordIds(zone, gazetteer.words);
  const anyCase = zone.kind === "dateline";
  const { roots, values, hasNext, children } = gazetteer.flat;
  for (let i = 0; i < tokens.length; ) {
    if (!tokens.cap(i) && !anyCase) {
      i++;
      continue;
    }
    const id = ids[i] ?? -1;
    let node = rootOf(roots, id);
    let found: GazetteerName | undefined;
    let foundLen = 0;
    for (let len = 1; node >= 0; len++) {
      const value = values[node];
      if (value !== undefined) {
        found = value;
        foundLen = len;
      }
      const u = i + len;
      if (hasNext[node] === 0 || u >= tokens.length) break;
      if (!tokens.continues(u) && !(tokens.allCaps(u) && tokens.raw(u).includes("."))) break;
      // Only the last word may carry a possessive: "Russia’s", not "Russia’s Moscow".
      if (tokens.possessive(u - 1)) break;
      node = children.get(node, ids[i + len] ?? -1);
    }
    if (!found) {
      i++;
      continue;
    }
    // A name without candidates is stepped over by the loop's own `i += foundLen` below: its
    // own copy of that addition was seldom met in the warm-up, and with no feedback there V8
    // optimized collectMentions again (forty-seventh pass, docs/tried.md).
    if (found.list !== null) {
      const candidates = allowedCandidates(found.list, tokens, i, foundLen);
      if (candidates.length > 0) {
        const prev = i - 1;
        const next = i + foundLen;
        const hasNextWord = next < tokens.length;
        // A possessive ends a name: "Tokyo’s Nerima ward" is Tokyo, and "Japan’s Tokyo" too.
        const besideName =
          (prev >= 0 && !tokens.possessive(prev) && nameLike(tokens, prev, tokens.joined(i))) ||
          (!tokens.possessive(next - 1) &&
            hasNextWord &&
            nameLike(tokens, next, tokens.joined(next)));
        pool.mention(
          candidates,
          zone.kind,
          (tokens.sentenceStart(i) && !anyCase) || zone.titleCase,
          besideName,
          anyCase || (prev >= 0 && PLACE_CUES.hasToken(tokens, prev)),
        );
      }
    }
    i += foundLen;
  }
}

/** A capitalized neighbour, joined by a space, that is neither a function word nor a place word. */
function nameLike(tokens: TokenList, neighbour: number, joined: boolean): boolean {
  return (
    joined &&
    tokens.cap(neighbour) &&
    !FUNCTION_WORDS.hasToken(tokens, neighbour) &&
    !PLACE_NEIGHBOURS.hasToken(tokens, neighbour)
  );
}

/**
 * The candidates of a name found at tokens[i, i + len) that its capitals allow. Most lists hold
 * no candidate that must match exactly and are returned as they are: filtering every found
 * name's list was a quarter of what classifying allocated. A list that holds one is returned
 * whole where the name is in capitals, else without its exact candidates: a list of the
 * gazetteer's own, made at its first use and kept (filtered anew at every mention, it was 1.5 KB
 * an article; docs/tried.md, forty-second pass).
 */
function allowedCandidates(
  list: readonly PlaceCandidate[],
  tokens: TokenList,
  i: number,
  len: number,
): readonly PlaceCandidate[] {
  for (const c of list) {
    if (c.exact) return exactMatch(tokens, i, len) ? list : inexactOf(list);
  }
  return list;
}

// A gazetteer list's candidates that need not match exactly, by the list: only the gazetteers'
// lists go in, and a WeakMap lets a classifier's gazetteer go with its lists.
const INEXACT = new WeakMap<readonly PlaceCandidate[], readonly PlaceCandidate[]>();

function inexactOf(list: readonly PlaceCandidate[]): readonly PlaceCandidate[] {
  let inexact = INEXACT.get(list);
  if (inexact === undefined) {
    inexact = list.filter((c) => !c.exact);
    INEXACT.set(list, inexact);
  }
  return inexact;
}

function exactMatch(tokens: TokenList, i: number, len: number): boolean {
  for (let k = 0; k < len; k++) {
    if (!tokens.allCaps(i + k)) return false;
  }
  return true;
}

/**
 * The first candidate of a mention the text gives no reason to doubt, when every such candidate
 * is of one country (or, without one, one region); else undefined. Read in one pass: a filtered
 * list and a Set of countries for every mention were a tenth of what geoparsing allocated.
 */
function soleCountryCandidate(m: Mention): PlaceCandidate | undefined {
  let first: PlaceCandidate | undefined;
  for (const c of m.candidates) {
    if (doubtful(m, c)) continue;
    if (first === undefined) first = c;
    else if ((c.country || c.region) !== (first.country || first.region)) return undefined;
  }
  return first;
}

/** A candidate the text gives reason to doubt. */
function doubtful(m: Mention, c: PlaceCandidate): boolean {
  if (c.givenName && m.besideName) return true;
  // "Lincoln Riley", "Florence Adeyemi": a GeoNames town beside another name is part of that name.
  if ((c.kind === "city" || c.kind === "capital") && c.population > 0 && m.besideName) return true;
  if (c.word && m.weakCase) return true;
  return false;
}

function prior(c: PlaceCandidate): number {
  switch (c.kind) {
    case "country":
    case "area":
    case "institution":
      return 1;
    case "capital":
      return 0.92;
    case "demonym":
      return 0.85;
    case "region":
      return 0.8;
    case "subdivision":
      return 0.7;
    case "figure":
      return 0.5;
    case "city":
      return 0.35 + 0.08 * Math.log10(Math.max(c.population, 10));
  }
}

/**
 * A chosen candidate's place: its name, country and sort, the key its mentions are summed under.
 * Kept by candidate (a gazetteer's candidates are shared by every article): building the key
 * string and hashing it again for every mention was most of what weighing allocated. Candidates
 * of one key string share one key, whose `weighing` and `slot` say which of a pool's places it
 * is in the weighing under way (a Map by key string, an article, before).
 */
interface PlaceKey {
  readonly name: string;
  readonly id: string;
  weighing: number;
  slot: number;
}
const placeKeys = new WeakMap<PlaceCandidate, PlaceKey>();
const keysById = new Map<string, PlaceKey>();
/** Counts weighings, so a key's slot from an earlier article is never taken for this one's. */
let weighings = 0;

function placeKeyOf(c: PlaceCandidate, gazetteer: Gazetteer): PlaceKey {
  let key = placeKeys.get(c);
  if (key === undefined) {
    // Demonyms and institutions count toward the country itself: "Ukrainian" and "the
    // Kremlin" are mentions of Ukraine and Russia (a demonym's name is already its country's).
    const name =
      c.kind === "institution" ? (gazetteer.countryNames.get(c.country) ?? c.name) : c.name;
    const sort = c.kind === "figure" ? "f" : c.kind === "region" ? "r" : "p";
    const id = `${name}|${c.country}|${sort}`;
    key = keysById.get(id);
    if (key === undefined) {
      key = { name, id, weighing: 0, slot: 0 };
      keysById.set(id, key);
    }
    placeKeys.set(c, key);
  }
  return key;
}

/** One place's mentions summed by weigh. */
interface Acc {
  name: string;
  countryCode: string;
  region: RegionId;
  kind: PlaceKind;
  mentions: number;
  weight: number;
  /**
   * The zones it was named in are the first `zoneCount`, in the order first named (a list of a
   * few: a Set was dearer). The list is kept, never truncated: `length = 0` drops its backing
   * store, and the next push made a new one for every place of every article.
   */
  readonly zones: ZoneKind[];
  zoneCount: number;
  /** Taken into the first region's names already (regionPlaces). */
  taken: boolean;
}

/**
 * Sums by key, the first `count` keys in the order first added, reused from article to article.
 * An article names a few countries, so a scan of its keys is as quick as a Map's look-up.
 */
export class KeyedSums {
  readonly #keys: string[] = [];
  readonly #sums: number[] = [];
  #count = 0;

  clear(): void {
    this.#count = 0;
  }

  add(key: string, w: number): void {
    for (let i = 0; i < this.#count; i++) {
      if (this.#keys[i] === key) {
        this.#sums[i] = (this.#sums[i] as number) + w;
        return;
      }
    }
    this.#keys[this.#count] = key;
    this.#sums[this.#count++] = w;
  }

  /** The key's sum, 0 when it was not added. */
  get(key: string): number {
    for (let i = 0; i < this.#count; i++) if (this.#keys[i] === key) return this.#sums[i] as number;
    return 0;
  }
}

/**
 * What weigh sums an article's places and regions in, reused from article to article: its
 * places (their objects and zone lists), its regions' raw weights in the order first met, and
 * the lists it sorts. Nothing of it reaches the result. Without a pool, geoparse takes a new one.
 */
export class GeoPool {
  /** geoparse's context: the weights of the countries and regions named without doubt. */
  readonly countryContext = new KeyedSums();
  readonly regionContext = new KeyedSums();
  /** The article's mentions are the first `mentionCount`, in the order found. */
  readonly mentions: Mention[] = [];
  mentionCount = 0;
  /** The places of the weighing under way are the first `placeCount`, in the order first met. */
  readonly places: Acc[] = [];
  placeCount = 0;
  readonly regionIds: RegionId[] = [];
  readonly regionRaws: number[] = [];
  regionCount = 0;
  /**
   * Region slots with a positive weight, heaviest first, and the places listed in the result,
   * heaviest first: weigh counts the entries of this weighing, and never truncates the lists
   * (as a place's zones, Acc.zones).
   */
  readonly ranked: number[] = [];
  readonly listed: Acc[] = [];
  /** The first region's names as firstNames picks them, before they are copied out. */
  readonly names: string[] = [];

  /**
   * Adds a mention, its object reused when an earlier article had as many. Its `chosen` is
   * left: geoparse's second pass sets every mention's.
   */
  mention(
    candidates: readonly PlaceCandidate[],
    zone: ZoneKind,
    weakCase: boolean,
    besideName: boolean,
    cued: boolean,
  ): void {
    const m = this.mentions[this.mentionCount];
    if (m === undefined) {
      this.mentions.push({ candidates, zone, weakCase, besideName, cued, chosen: undefined });
    } else {
      m.candidates = candidates;
      m.zone = zone;
      m.weakCase = weakCase;
      m.besideName = besideName;
      m.cued = cued;
    }
    this.mentionCount++;
  }

  /** A fresh place, its object reused when an earlier article had as many. */
  place(c: PlaceCandidate, name: string): Acc {
    let acc = this.places[this.placeCount];
    if (acc === undefined) {
      acc = {
        name,
        countryCode: c.country,
        region: c.region,
        kind: c.kind,
        mentions: 0,
        weight: 0,
        zones: [],
        zoneCount: 0,
        taken: false,
      };
      this.places.push(acc);
    } else {
      acc.name = name;
      acc.countryCode = c.country;
      acc.region = c.region;
      acc.kind = c.kind;
      acc.mentions = 0;
      acc.weight = 0;
      acc.zoneCount = 0;
      acc.taken = false;
    }
    this.placeCount++;
    return acc;
  }

  /** The slot of a region's raw weight, added (at 0) when the region is new. */
  regionSlot(id: RegionId): number {
    for (let r = 0; r < this.regionCount; r++) if (this.regionIds[r] === id) return r;
    this.regionIds[this.regionCount] = id;
    this.regionRaws[this.regionCount] = 0;
    return this.regionCount++;
  }

  /** The region's raw weight, 0 when it has none. */
  regionRaw(id: RegionId): number {
    for (let r = 0; r < this.regionCount; r++) {
      if (this.regionIds[r] === id) return this.regionRaws[r] as number;
    }
    return 0;
  }

  /** The regions' raw weights summed in the order first met (as the Map's values were). */
  regionSum(): number {
    let s = 0;
    for (let r = 0; r < this.regionCount; r++) s += this.regionRaws[r] as number;
    return s;
  }
}

function weigh(
  gazetteer: Gazetteer,
  dateline: string | null,
  allEvidence: boolean,
  pool: GeoPool,
): GeoResult {
  const weighing = ++weighings;
  pool.placeCount = 0;
  pool.regionCount = 0;
  const accs = pool.places;
  for (let k = 0; k < pool.mentionCount; k++) {
    const m = pool.mentions[k] as Mention;
    const c = m.chosen;
    if (!c) continue;
    const key = placeKeyOf(c, gazetteer);
    let acc: Acc;
    if (key.weighing === weighing) {
      acc = accs[key.slot] as Acc;
    } else {
      key.weighing = weighing;
      key.slot = pool.placeCount;
      acc = pool.place(c, key.name);
    }
    acc.mentions++;
    acc.weight += ZONE_WEIGHT[m.zone] * KIND_WEIGHT[c.kind];
    if (!namedIn(acc, m.zone)) acc.zones[acc.zoneCount++] = m.zone;
    if (c.kind !== "demonym" && acc.kind === "demonym") acc.kind = c.kind;
  }
  const n = pool.placeCount;

  for (let p = 0; p < n; p++) {
    const a = accs[p] as Acc;
    const r = pool.regionSlot(a.region);
    pool.regionRaws[r] = (pool.regionRaws[r] as number) + a.weight;
  }
  const total = pool.regionSum();
  for (const [code, factor] of ACTOR_DISCOUNT) {
    const region = gazetteer.regionOf.get(code);
    if (!region) continue;
    let own = 0;
    for (let p = 0; p < n; p++) {
      const a = accs[p] as Acc;
      if (a.countryCode === code) own += a.weight;
    }
    const elsewhere = total - pool.regionRaw(region);
    if (own > 0 && elsewhere >= 0.25 * own) {
      for (let p = 0; p < n; p++) {
        const a = accs[p] as Acc;
        if (a.countryCode === code) a.weight *= factor;
      }
      const r = pool.regionSlot(region);
      pool.regionRaws[r] = (pool.regionRaws[r] as number) - own * (1 - factor);
    }
  }
  const sum = pool.regionSum();
  const confidence = 1 - Math.exp(-sum / 4);
  // The regions with weight, heaviest first, ties in the order first met (a stable sort's).
  const ranked = pool.ranked;
  let rankedCount = 0;
  for (let r = 0; r < pool.regionCount; r++) {
    const raw = pool.regionRaws[r] as number;
    if (!(raw > 0)) continue;
    let at = rankedCount++;
    while (at > 0 && (pool.regionRaws[ranked[at - 1] as number] as number) < raw) {
      ranked[at] = ranked[at - 1] as number;
      at--;
    }
    ranked[at] = r;
  }
  // The regions listed, counted first so that their list is made at its length: pushed from
  // empty, it had room for 17, where articles list one or two. The share is the one computed
  // below (the same division), so the count and the regions pushed agree.
  let regionsListed = 0;
  for (let i = 0; i < rankedCount; i++) {
    const share = (pool.regionRaws[ranked[i] as number] as number) / sum;
    if (i === 0 || share >= REGION_SHARE_MIN) regionsListed++;
  }
  const regions: ScoredLabel<RegionId>[] = new Array(regionsListed);
  let listedRegion = 0;
  const evidence: GeoResult["evidence"] = [];
  for (let i = 0; i < rankedCount; i++) {
    const slot = ranked[i] as number;
    const id = pool.regionIds[slot] as RegionId;
    const raw = pool.regionRaws[slot] as number;
    const share = raw / sum;
    const score = round3(share * confidence);
    // Only explain shows every region's places; a classification, the first's names.
    if (allEvidence) {
      evidence.push({
        id,
        raw: round3(raw),
        score,
        places: accs
          .slice(0, n)
          .filter((a) => a.region === id)
          .sort((a, b) => b.weight - a.weight)
          .map((a) => ({
            name: a.name,
            countryCode: a.countryCode,
            zones: a.zones.slice(0, a.zoneCount),
            kind: a.kind,
            contribution: round3(a.weight),
          })),
      });
    }
    if (i === 0 || share >= REGION_SHARE_MIN) regions[listedRegion++] = { id, score };
  }
  const first = rankedCount > 0 ? ranked[0] : undefined;
  const regionPlaces =
    first === undefined ? [] : firstNames(pool, pool.regionIds[first] as RegionId);

  const listed = pool.listed;
  let listedCount = 0;
  // Heaviest first, ties in the order first met: each place goes in after the places at least
  // as heavy (an insertion sort of this list of places only: sort copied the list each time).
  for (let p = 0; p < n; p++) {
    const a = accs[p] as Acc;
    if (a.countryCode === "" || a.kind === "figure" || a.kind === "region") continue;
    let at = listedCount++;
    while (at > 0 && (listed[at - 1] as Acc).weight < a.weight) {
      listed[at] = listed[at - 1] as Acc;
      at--;
    }
    listed[at] = a;
  }
  // Made at its final length: pushing from empty gives it room for 17 places, where articles
  // list a few.
  const places: PlaceMention[] = new Array(listedCount);
  for (let i = 0; i < listedCount; i++) {
    const a = listed[i] as Acc;
    places[i] = { name: a.name, countryCode: a.countryCode, mentions: a.mentions };
  }
  return { regions, places, evidence, regionPlaces, dateline };
}

/** Whether the place was named in this zone already (its first `zoneCount` zones). */
function namedIn(acc: Acc, zone: ZoneKind): boolean {
  for (let z = 0; z < acc.zoneCount; z++) if (acc.zones[z] === zone) return true;
  return false;
}

/**
 * The first REGION_NAMES distinct names of a region's places, heaviest first and ties in the
 * order first met (as its evidence lists them), picked without sorting the places.
 */
function firstNames(pool: GeoPool, id: RegionId): string[] {
  const accs = pool.places;
  // Picked into the pool's list (counted, never emptied), then copied into a list of their
  // number: pushed from empty, the list had room for 17 names, where it holds three at most.
  const picked = pool.names;
  let count = 0;
  for (;;) {
    let best: Acc | undefined;
    for (let p = 0; p < pool.placeCount; p++) {
      const a = accs[p] as Acc;
      if (a.taken || a.region !== id) continue;
      if (best === undefined || a.weight > best.weight) best = a;
    }
    if (best === undefined) break;
    best.taken = true;
    if (!pickedAlready(picked, count, best.name)) picked[count++] = best.name;
    if (count === REGION_NAMES) break;
  }
  const names: string[] = new Array(count);
  for (let k = 0; k < count; k++) names[k] = picked[k] as string;
  return names;
}

/** Whether the first `count` names are one of them `name` (the result's `includes`). */
function pickedAlready(picked: string[], count: number, name: string): boolean {
  for (let k = 0; k < count; k++) if (picked[k] === name) return true;
  return false;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
