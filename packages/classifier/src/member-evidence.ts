import { type BeatMember, countMemberBuckets, LOG1P, visitMemberKeys } from "./beat-member.js";
import type { Zone } from "./zones.js";

/** A word or phrase and what it added to the member's logit of one beat over another's. */
export interface MemberTerm {
  term: string;
  contribution: number;
}

/**
 * Why the member put beat `to` above beat `from`: the article's words and phrases with their
 * shares of the member's logit difference, strongest for `to` first (ties by the term), the
 * `named` strongest named (all when not given; the rest are left out). The member's logit of
 * beat k is bias[k] + scale / |v| * sum over buckets b of v[b] * E[b] . W[k], v[b] = log(1 +
 * the bucket's weighted count); so bucket b adds scale / |v| * v[b] * E[b] . (W[to] - W[from]),
 * shared among the keys hashed into it by their counts, and the terms' shares and bias[to] -
 * bias[from] sum to the difference of the two logits.
 */
export function memberTerms(
  member: BeatMember,
  zones: Zone[],
  to: number,
  from: number,
  named = Number.POSITIVE_INFINITY,
): MemberTerm[] {
  const { dim, embeddings, output, counts, touched } = member;
  const n = countMemberBuckets(member, zones);
  let keys = 3;
  for (const zone of zones) keys += 3 * zone.tokens.length;
  const { shares, table, sums, places, used } = scratchFor(member, n, 2 * keys);
  const mask = table.length - 1;
  // What one unit of weight in bucket b adds, its share of the bucket's part: at shares[i] for
  // the i-th bucket touched, whose count is i + 1 meanwhile (zeroed again after the walk).
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const c = counts[touched[i] as number] as number;
    const v = c < 64 ? (LOG1P[c] as number) : Math.log1p(c);
    shares[i] = v;
    norm += v * v;
  }
  const scale = norm > 0 ? member.scale / Math.sqrt(norm) : 0;
  const difference = new Float64Array(dim);
  for (let j = 0; j < dim; j++) {
    difference[j] = (output[to * dim + j] as number) - (output[from * dim + j] as number);
  }
  for (let i = 0; i < n; i++) {
    const b = touched[i] as number;
    let dot = 0;
    for (let j = 0, e = b * dim; j < dim; j++, e++) {
      dot += (embeddings[e] as number) * (difference[j] as number);
    }
    shares[i] = (scale * (shares[i] as number) * dot) / (counts[b] as number);
  }
  for (let i = 0; i < n; i++) counts[touched[i] as number] = i + 1;
  // Summed by the number naming each term, in an open-addressing table (a Map of these numbers
  // cost twice the rest): its key (0 for empty: a hash of 0 then shares with the next), its sum
  // and where it was first seen, zone << 21 | token << 1 | phrase.
  let terms = 0;
  visitMemberKeys(member, zones, (bucket, weight, term, zone, token, phrase) => {
    const key = term | 0 || 1;
    let s = key & mask;
    while (table[s] !== 0 && table[s] !== key) s = (s + 1) & mask;
    if (table[s] === 0) {
      table[s] = key;
      places[s] = (zone << 21) | (token << 1) | (phrase ? 1 : 0);
      used[terms++] = s;
    }
    sums[s] = (sums[s] as number) + (shares[(counts[bucket] as number) - 1] as number) * weight;
  });
  for (let i = 0; i < n; i++) counts[touched[i] as number] = 0;
  // Only the strongest become objects and are named: an article's other words add little.
  const best: Term[] = [];
  for (let i = 0; i < terms; i++) {
    const s = used[i] as number;
    const contribution = sums[s] as number;
    const place = places[s] as number;
    table[s] = 0;
    sums[s] = 0;
    if (best.length >= named && contribution <= (best[best.length - 1] as Term).contribution) {
      continue;
    }
    let at = best.length;
    while (at > 0 && (best[at - 1] as Term).contribution < contribution) at--;
    best.splice(at, 0, { contribution, place });
    if (best.length > named) best.pop();
  }
  const nameOf = ({ place }: Term) => {
    const tokens = zones[place >>> 21]?.tokens;
    const token = (place >>> 1) & 0xfffff;
    const lowerAt = (i: number) =>
      tokens !== undefined && i >= 0 && i < tokens.length ? tokens.lower(i) : "";
    const word = lowerAt(token);
    return (place & 1) === 1 ? `${lowerAt(token - 1)} ${word}` : word;
  };
  const shown = best.map((t) => ({ term: nameOf(t), contribution: t.contribution }));
  return shown.sort((a, b) => b.contribution - a.contribution || (a.term < b.term ? -1 : 1));
}

/** The arrays memberTerms reuses, per member: zeroed between calls. */
interface Scratch {
  shares: Float64Array;
  /** A power of two long. */
  table: Int32Array;
  sums: Float64Array;
  places: Int32Array;
  /** The table's slots in use, in the order their terms were first seen. */
  used: Int32Array;
}
// Allocated per call, these arrays (some hundred kB for a long article) cost the bench's articles
// a fortieth of their time in collections, not the few the member overturned a tenth.
const scratches = new WeakMap<BeatMember, Scratch>();

/** The member's scratch arrays, grown to hold n buckets and at least `slots` terms. */
function scratchFor(member: BeatMember, n: number, slots: number): Scratch {
  let scratch = scratches.get(member);
  if (scratch === undefined || scratch.shares.length < n || scratch.table.length < slots) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(slots, scratch?.table.length ?? 0)));
    scratch = {
      shares: new Float64Array(Math.max(n, scratch?.shares.length ?? 0)),
      table: new Int32Array(size),
      sums: new Float64Array(size),
      places: new Int32Array(size),
      used: new Int32Array(size),
    };
    scratches.set(member, scratch);
  }
  return scratch;
}

/** A term's sum, and where it was first seen: zone << 21 | token << 1 | 1 for the phrase ending there. */
interface Term {
  contribution: number;
  place: number;
}
