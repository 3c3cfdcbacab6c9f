// Issue #14, sixteenth pass (a trial, not wired): the corpus articles of the neighbour pool
// replaced by centroids per AllSides topic (the corpus's `topic`), each labelled with its beat.
// A topic's articles of one beat form a group; a group under `minGroup` articles joins its
// beat's leftovers, which form groups of their own when they reach `minGroup` (else they are
// dropped: no centroid averages fewer). `perCentroid` > 0 splits a big group by spherical
// k-means into about one centroid per `perCentroid` articles, each still >= `minGroup`.

/** The unit-length mean of sparse unit vectors, dense over `F` features. */
export function dense(vecs, F) {
  const c = new Float32Array(F);
  for (const v of vecs) for (let i = 0; i < v.index.length; i++) c[v.index[i]] += v.value[i];
  let norm = 0;
  for (const x of c) norm += x * x;
  const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let f = 0; f < F; f++) c[f] *= s;
  return c;
}

/** A dense vector's non-zero values. */
export function sparse(c) {
  const index = [];
  const value = [];
  c.forEach((x, f) => {
    if (x !== 0) {
      index.push(f);
      value.push(x);
    }
  });
  return { index, value };
}

/** The index of the centre (dense) nearest a sparse vector by dot product. */
export function nearest(v, centres) {
  let best = 0;
  let bestSim = -1;
  centres.forEach((c, j) => {
    let sim = 0;
    for (let i = 0; i < v.index.length; i++) sim += v.value[i] * c[v.index[i]];
    if (sim > bestSim) {
      bestSim = sim;
      best = j;
    }
  });
  return best;
}

/** Groups of `vecs` by spherical k-means, the smallest dropped (and re-assigned) below `min`. */
function split(vecs, m, min, F) {
  let centres = Array.from({ length: m }, (_, j) =>
    dense([vecs[Math.floor((j * vecs.length) / m)]], F),
  );
  let groups = [];
  for (let round = 0; ; round++) {
    groups = centres.map(() => []);
    for (const v of vecs) groups[nearest(v, centres)].push(v);
    groups = groups.filter((g) => g.length > 0);
    const smallest = groups.reduce((a, g, j) => (g.length < groups[a].length ? j : a), 0);
    const tooSmall = groups.length > 1 && groups[smallest].length < min;
    if (tooSmall) groups.splice(smallest, 1);
    centres = groups.map((g) => dense(g, F));
    if (round >= 4 && !tooSmall) return groups;
  }
}

/**
 * Centroids of `members` ({ label, topic, vec }): [{ label, topic, size, vec }], and how many
 * articles no centroid holds.
 */
export function topicCentroidPool(members, { F, minGroup, perCentroid }) {
  const byGroup = new Map();
  for (const d of members) {
    const key = `${d.label}\u0000${d.topic ?? ""}`;
    if (!byGroup.has(key)) byGroup.set(key, []);
    byGroup.get(key).push(d);
  }
  const leftovers = new Map();
  const groups = [];
  for (const list of byGroup.values()) {
    if (list.length >= minGroup) groups.push(list);
    else {
      const label = list[0].label;
      leftovers.set(label, [...(leftovers.get(label) ?? []), ...list]);
    }
  }
  let dropped = 0;
  for (const list of leftovers.values()) {
    if (list.length >= minGroup) groups.push(list.map((d) => ({ ...d, topic: "(rest)" })));
    else dropped += list.length;
  }
  const out = [];
  for (const list of groups) {
    const vecs = list.map((d) => d.vec);
    const m = perCentroid > 0 ? Math.max(1, Math.floor(list.length / perCentroid)) : 1;
    const parts = m > 1 ? split(vecs, m, minGroup, F) : [vecs];
    for (const part of parts) {
      out.push({
        label: list[0].label,
        topic: list[0].topic,
        size: part.length,
        vec: sparse(dense(part, F)),
      });
    }
  }
  return { centroids: out, dropped };
}
