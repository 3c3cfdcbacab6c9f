import { type BeatMember, countMemberBuckets, visitMemberKeys } from "./beat-member.js";
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
  let norm = 0;
  for (let i = 0; i < n; i++) norm += Math.log1p(counts[touched[i] as number] as number) ** 2;
  const scale = norm > 0 ? member.scale / Math.sqrt(norm) : 0;
  // What one unit of weight in bucket b adds, its share of the bucket's part: at shares[i] for
  // the i-th bucket touched, whose count is i + 1 meanwhile (zeroed again after the walk).
  const difference = new Float64Array(dim);
  for (let j = 0; j < dim; j++) {
    difference[j] = (output[to * dim + j] as number) - (output[from * dim + j] as number);
  }
  const shares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = touched[i] as number;
    const c = counts[b] as number;
    let dot = 0;
    for (let j = 0, e = b * dim; j < dim; j++, e++) {
      dot += (embeddings[e] as number) * (difference[j] as number);
    }
    shares[i] = (scale * Math.log1p(c) * dot) / c;
  }
  for (let i = 0; i < n; i++) counts[touched[i] as number] = i + 1;
  // Summed by the number naming each term, in an open-addressing table (a Map of these numbers
  // cost twice the rest): its key (0 for empty: a hash of 0 then shares with the next), its sum
  // and where it was first seen, zone << 21 | token << 1 | phrase.
  let keys = 3;
  for (const zone of zones) keys += 3 * zone.tokens.length;
  const mask = 2 ** Math.ceil(Math.log2(2 * keys)) - 1;
  const table = new Int32Array(mask + 1);
  const sums = new Float64Array(mask + 1);
  const places = new Int32Array(mask + 1);
  visitMemberKeys(member, zones, (bucket, weight, term, zone, token, phrase) => {
    const key = term | 0 || 1;
    let s = key & mask;
    while (table[s] !== 0 && table[s] !== key) s = (s + 1) & mask;
    if (table[s] === 0) {
      table[s] = key;
      places[s] = (zone << 21) | (token << 1) | (phrase ? 1 : 0);
    }
    sums[s] = (sums[s] as number) + (shares[(counts[bucket] as number) - 1] as number) * weight;
  });
  for (let i = 0; i < n; i++) counts[touched[i] as number] = 0;
  const found: Term[] = [];
  for (let s = 0; s <= mask; s++) {
    if (table[s] !== 0) found.push({ contribution: sums[s] as number, place: places[s] as number });
  }
  const nameOf = ({ place }: Term) => {
    const tokens = zones[place >>> 21]?.tokens ?? [];
    const token = (place >>> 1) & 0xfffff;
    const word = tokens[token]?.lower ?? "";
    return (place & 1) === 1 ? `${tokens[token - 1]?.lower ?? ""} ${word}` : word;
  };
  const shown: MemberTerm[] = [];
  // Only the strongest are named: an article's other words add little.
  for (const t of strongest(found, named)) {
    shown.push({ term: nameOf(t), contribution: t.contribution });
  }
  return shown.sort((a, b) => b.contribution - a.contribution || (a.term < b.term ? -1 : 1));
}

/** A term's sum, and where it was first seen: zone << 21 | token << 1 | 1 for the phrase ending there. */
interface Term {
  contribution: number;
  place: number;
}

/** The `limit` largest contributions, largest first; earlier ones first among equals. */
function strongest<T extends { contribution: number }>(all: T[], limit: number): T[] {
  if (limit >= all.length) return all.sort((a, b) => b.contribution - a.contribution);
  const best: T[] = [];
  for (const t of all) {
    if (best.length === limit && t.contribution <= (best[limit - 1] as T).contribution) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && (best[at - 1] as T).contribution < t.contribution) {
      best[at] = best[at - 1] as T;
      at--;
    }
    best[at] = t;
  }
  return best;
}
