import { rootOf } from "./flat-trie.js";
import type { Gazetteer, GazetteerName, PlaceCandidate, PlaceKind } from "./gazetteer.js";
import type { TokenList } from "./tokenize.js";
import type { PlaceEvidence, PlaceMention, RegionId, ScoredLabel } from "./types.js";
import { zoneWordIds } from "./word-ids.js";
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
const PLACE_CUES = new Set([
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
const PLACE_NEIGHBOURS = new Set([
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
const FUNCTION_WORDS = new Set([
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
  key: string;
  /** Often the gazetteer's own list (see allowedCandidates): never change it. */
  candidates: readonly PlaceCandidate[];
  zone: ZoneKind;
  /** Capitalization cannot be trusted (sentence start, title-case headline). */
  weakCase: boolean;
  /** Stands beside another capitalized word ("Michael Jordan", "Jordan Peterson"). */
  besideName: boolean;
  /** Follows a word that introduces a place ("in", "near", "outside"). */
  cued: boolean;
  chosen?: PlaceCandidate;
}

/** What the geoparser found in one article. */
export interface GeoResult {
  regions: ScoredLabel<RegionId>[];
  places: PlaceMention[];
  evidence: { id: RegionId; raw: number; score: number; places: PlaceEvidence[] }[];
  dateline: string | null;
}

/**
 * Finds places in an article's zones, resolves ambiguous names and weighs regions. Without
 * `allEvidence`, `evidence` holds the first region's only (what a classification shows).
 */
export function geoparse(zones: Zone[], gazetteer: Gazetteer, allEvidence = true): GeoResult {
  const mentions: Mention[] = [];
  let dateline: string | null = null;
  for (const zone of zones) {
    if (zone.kind === "dateline") dateline = zone.text.trim();
    collectMentions(zone, gazetteer, mentions);
  }

  // Pass 1: names that can only mean one country, and are not doubtful, set the context.
  const context = new Map<string, number>();
  const regionContext = new Map<string, number>();
  let contextTotal = 0;
  for (const m of mentions) {
    const c = soleCountryCandidate(m);
    if (c === undefined || !c.country) continue;
    if ((c.kind === "city" && c.population < SMALL_CITY) || c.word) continue;
    const w = ZONE_WEIGHT[m.zone] * KIND_WEIGHT[c.kind];
    context.set(c.country, (context.get(c.country) ?? 0) + w);
    regionContext.set(c.region, (regionContext.get(c.region) ?? 0) + w);
    contextTotal += w;
  }

  // Pass 2: every mention picks its likeliest candidate given that context.
  for (const m of mentions) {
    let best: PlaceCandidate | undefined;
    let bestScore = -1;
    for (const c of m.candidates) {
      if (doubtful(m, c)) continue;
      const share = contextTotal > 0 ? (context.get(c.country) ?? 0) / contextTotal : 0;
      const regionShare = contextTotal > 0 ? (regionContext.get(c.region) ?? 0) / contextTotal : 0;
      const s = prior(c) + 1.2 * share + 0.4 * regionShare;
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (!best) continue;
    const supported = best.country !== "" && (context.get(best.country) ?? 0) > 0;
    const city = best.kind === "city";
    if (m.zone !== "dateline") {
      if (city && best.population < SMALL_CITY && !m.cued) continue;
      const needsSupport =
        best.word || (city && best.population < MID_CITY) || best.kind === "figure";
      if (needsSupport && !supported && !m.cued) continue;
    }
    m.chosen = best;
  }

  return weigh(mentions, gazetteer, dateline, allEvidence);
}

function collectMentions(zone: Zone, gazetteer: Gazetteer, out: Mention[]): void {
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
    if (found.list === null) {
      i += foundLen;
      continue;
    }
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
      out.push({
        key: found.key,
        candidates,
        zone: zone.kind,
        weakCase: (tokens.sentenceStart(i) && !anyCase) || zone.titleCase,
        besideName,
        cued: anyCase || (prev >= 0 && PLACE_CUES.has(tokens.lower(prev))),
      });
    }
    i += foundLen;
  }
}

/** A capitalized neighbour, joined by a space, that is neither a function word nor a place word. */
function nameLike(tokens: TokenList, neighbour: number, joined: boolean): boolean {
  return (
    joined &&
    tokens.cap(neighbour) &&
    !FUNCTION_WORDS.has(tokens.lower(neighbour)) &&
    !PLACE_NEIGHBOURS.has(tokens.lower(neighbour))
  );
}

/**
 * The candidates of a name found at tokens[i, i + len) that its capitals allow. Most lists hold
 * no candidate that must match exactly and are returned as they are: filtering every found
 * name's list was a quarter of what classifying allocated.
 */
function allowedCandidates(
  list: readonly PlaceCandidate[],
  tokens: TokenList,
  i: number,
  len: number,
): readonly PlaceCandidate[] {
  for (const c of list) {
    if (c.exact) return list.filter((d) => !d.exact || exactMatch(tokens, i, len));
  }
  return list;
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
 * string and hashing it again for every mention was most of what weighing allocated.
 */
const placeKeys = new WeakMap<PlaceCandidate, { name: string; id: string }>();

function placeKeyOf(c: PlaceCandidate, gazetteer: Gazetteer): { name: string; id: string } {
  let key = placeKeys.get(c);
  if (key === undefined) {
    // Demonyms and institutions count toward the country itself: "Ukrainian" and "the
    // Kremlin" are mentions of Ukraine and Russia (a demonym's name is already its country's).
    const name =
      c.kind === "institution" ? (gazetteer.countryNames.get(c.country) ?? c.name) : c.name;
    const sort = c.kind === "figure" ? "f" : c.kind === "region" ? "r" : "p";
    key = { name, id: `${name}|${c.country}|${sort}` };
    placeKeys.set(c, key);
  }
  return key;
}

function weigh(
  mentions: Mention[],
  gazetteer: Gazetteer,
  dateline: string | null,
  allEvidence: boolean,
): GeoResult {
  interface Acc {
    name: string;
    countryCode: string;
    region: RegionId;
    kind: PlaceKind;
    mentions: number;
    weight: number;
    /** The zones it was named in, in the order first named (a list of a few: a Set was dearer). */
    zones: ZoneKind[];
    order: number;
  }
  const byPlace = new Map<string, Acc>();
  let order = 0;
  for (const m of mentions) {
    const c = m.chosen;
    if (!c) continue;
    const { name: placeName, id } = placeKeyOf(c, gazetteer);
    let acc = byPlace.get(id);
    if (!acc) {
      acc = {
        name: placeName,
        countryCode: c.country,
        region: c.region,
        kind: c.kind,
        mentions: 0,
        weight: 0,
        zones: [],
        order: order++,
      };
      byPlace.set(id, acc);
    }
    acc.mentions++;
    acc.weight += ZONE_WEIGHT[m.zone] * KIND_WEIGHT[c.kind];
    if (!acc.zones.includes(m.zone)) acc.zones.push(m.zone);
    if (c.kind !== "demonym" && acc.kind === "demonym") acc.kind = c.kind;
  }
  const accs = [...byPlace.values()];

  const regionRaw = new Map<RegionId, number>();
  for (const a of accs) regionRaw.set(a.region, (regionRaw.get(a.region) ?? 0) + a.weight);
  const total = sumOf(regionRaw);
  for (const [code, factor] of ACTOR_DISCOUNT) {
    const region = gazetteer.regionOf.get(code);
    if (!region) continue;
    let own = 0;
    for (const a of accs) if (a.countryCode === code) own += a.weight;
    const elsewhere = total - (regionRaw.get(region) ?? 0);
    if (own > 0 && elsewhere >= 0.25 * own) {
      for (const a of accs) if (a.countryCode === code) a.weight *= factor;
      regionRaw.set(region, (regionRaw.get(region) ?? 0) - own * (1 - factor));
    }
  }
  const sum = sumOf(regionRaw);
  const confidence = 1 - Math.exp(-sum / 4);
  const ranked = [...regionRaw.entries()].filter(([, raw]) => raw > 0).sort((a, b) => b[1] - a[1]);
  const regions: ScoredLabel<RegionId>[] = [];
  const evidence: GeoResult["evidence"] = [];
  ranked.forEach(([id, raw], i) => {
    const share = raw / sum;
    const score = round3(share * confidence);
    // A classification shows the first region's places only: the others' are for explain.
    if (i === 0 || allEvidence) {
      evidence.push({
        id,
        raw: round3(raw),
        score,
        places: accs
          .filter((a) => a.region === id)
          .sort((a, b) => b.weight - a.weight)
          .map((a) => ({
            name: a.name,
            countryCode: a.countryCode,
            zones: [...a.zones],
            kind: a.kind,
            contribution: round3(a.weight),
          })),
      });
    }
    if (i === 0 || share >= REGION_SHARE_MIN) regions.push({ id, score });
  });

  const places: PlaceMention[] = accs
    .filter((a) => a.countryCode !== "" && a.kind !== "figure" && a.kind !== "region")
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((a) => ({ name: a.name, countryCode: a.countryCode, mentions: a.mentions }));
  return { regions, places, evidence, dateline };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The map's values summed in its order (as a spread list's reduce, without the list). */
function sumOf(map: Map<RegionId, number>): number {
  let s = 0;
  for (const x of map.values()) s += x;
  return s;
}
