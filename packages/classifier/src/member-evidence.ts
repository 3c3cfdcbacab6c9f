import { type BeatMember, visitMemberKeys } from "./beat-member.js";
import type { Zone } from "./zones.js";

/** A word or phrase and what it added to the member's logit of one beat over another's. */
export interface MemberTerm {
  term: string;
  contribution: number;
}

/**
 * Why the member put beat `to` above beat `from`: each word and phrase of the article with its
 * share of the member's logit difference, strongest for `to` first (ties by the term). The
 * member's logit of beat k is bias[k] + scale / |v| * sum over buckets b of v[b] * E[b] . W[k],
 * v[b] = log(1 + the bucket's weighted count); so bucket b adds scale / |v| * v[b] *
 * E[b] . (W[to] - W[from]), shared among the keys hashed into it by their counts. The terms'
 * contributions and bias[to] - bias[from] sum to the difference of the two logits.
 */
export function memberTerms(
  member: BeatMember,
  zones: Zone[],
  to: number,
  from: number,
): MemberTerm[] {
  const buckets = new Map<number, Map<string, number>>();
  visitMemberKeys(member, zones, (bucket, weight, term) => {
    let terms = buckets.get(bucket);
    if (terms === undefined) {
      terms = new Map();
      buckets.set(bucket, terms);
    }
    terms.set(term, (terms.get(term) ?? 0) + weight);
  });
  const { dim, embeddings, output } = member;
  const counts = new Map<number, number>();
  let norm = 0;
  for (const [bucket, terms] of buckets) {
    let count = 0;
    for (const weight of terms.values()) count += weight;
    counts.set(bucket, count);
    norm += Math.log1p(count) ** 2;
  }
  const scale = norm > 0 ? member.scale / Math.sqrt(norm) : 0;
  const byTerm = new Map<string, number>();
  for (const [bucket, terms] of buckets) {
    let dot = 0;
    for (let j = 0; j < dim; j++) {
      const difference = (output[to * dim + j] as number) - (output[from * dim + j] as number);
      dot += (embeddings[bucket * dim + j] as number) * difference;
    }
    const count = counts.get(bucket) ?? 1;
    const added = scale * Math.log1p(count) * dot;
    for (const [term, weight] of terms) {
      byTerm.set(term, (byTerm.get(term) ?? 0) + (added * weight) / count);
    }
  }
  return [...byTerm]
    .map(([term, contribution]) => ({ term, contribution }))
    .sort((a, b) => b.contribution - a.contribution || (a.term < b.term ? -1 : 1));
}
