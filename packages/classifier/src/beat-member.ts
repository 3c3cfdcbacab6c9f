import { isFeatureToken, ZONE_WEIGHT } from "./beat-features.js";
import { hashString } from "./tokenize.js";
import type { Zone } from "./zones.js";

/**
 * data/beat-member.json: a fastText-style model (Joulin et al. 2017) beside the beat model
 * (docs/tried.md, twenty-second pass). Every word, two-word phrase and headline word is hashed
 * into one of 2^bits buckets of `dim` numbers; an article's vector is the sum of its buckets'
 * times their feature values, and a linear layer and softmax give its beats.
 */
export interface BeatMemberData {
  version: 1;
  /** The beats, in the order of `output` and `bias`: the beat model's. */
  classes: string[];
  bits: number;
  dim: number;
  /**
   * Base64 of int8: bucket b's number j at b * dim + j, times `scale`. Restored from
   * dist/compiled-data.bin, the bytes themselves (a view of the file, not decoded again).
   */
  embeddings: string | Int8Array;
  scale: number;
  /** Per class, its `dim` weights. */
  output: number[][];
  bias: number[];
  /** The member's share of the mixed probabilities. */
  share: number;
  /** Beats the corpus barely teaches: when the model's top beat is one, its answer stands. */
  guarded: string[];
  /** Words never hashed, nor phrases holding one. */
  stopwords: string[];
}

/** The member ready to score articles; its arrays are reused from one article to the next. */
export interface BeatMember {
  classes: string[];
  dim: number;
  share: number;
  /** Per class: 1 when guarded. */
  guarded: Uint8Array;
  embeddings: Int8Array;
  /** The embeddings again, four bytes a number (byte j of packed[w] is embeddings[4w + j]). */
  packed: Int32Array;
  scale: number;
  /** Class-major: output[k * dim + j]. */
  output: Float64Array;
  bias: Float64Array;
  shift: number;
  /** The stopwords' hashes (hashString), open addressing, 0 for empty. */
  stopHashes: Int32Array;
  /**
   * Per bucket, the article's weighted count (zone weights are whole numbers; zero between
   * calls), and the buckets touched.
   */
  counts: Uint16Array;
  touched: Int32Array;
  vector: Float64Array;
  /** The probabilities of the article last scored. */
  probabilities: Float64Array;
}

/** The member's embeddings as bytes: decoded from the committed base64, or already bytes. */
export function embeddingBytes(embeddings: string | Int8Array): Int8Array {
  return typeof embeddings === "string"
    ? new Int8Array(Buffer.from(embeddings, "base64"))
    : embeddings;
}

/** Turns the committed data into typed arrays. */
export function compileBeatMember(data: BeatMemberData): BeatMember {
  const C = data.classes.length;
  const embeddings = embeddingBytes(data.embeddings);
  if (data.dim !== DIM || embeddings.length !== data.dim << data.bits) {
    throw new Error(
      `beat member: ${embeddings.length} numbers for ${2 ** data.bits} buckets of ${data.dim}; write it again with npm run train:member`,
    );
  }
  const output = new Float64Array(C * data.dim);
  for (let k = 0; k < C; k++) {
    for (let j = 0; j < data.dim; j++) output[k * data.dim + j] = data.output[k]?.[j] ?? 0;
  }
  const stopHashes = new Int32Array(4 * 2 ** Math.ceil(Math.log2(data.stopwords.length + 1)));
  for (const w of data.stopwords) {
    const h = hashString(w) | 1;
    let s = h & (stopHashes.length - 1);
    while (stopHashes[s] !== 0 && stopHashes[s] !== h) s = (s + 1) & (stopHashes.length - 1);
    stopHashes[s] = h;
  }
  return {
    classes: data.classes,
    dim: data.dim,
    share: data.share,
    guarded: Uint8Array.from(data.classes, (c) => (data.guarded.includes(c) ? 1 : 0)),
    embeddings,
    packed: packedOf(embeddings),
    scale: data.scale,
    output,
    bias: Float64Array.from(data.bias),
    shift: 32 - data.bits,
    stopHashes,
    counts: new Uint16Array(2 ** data.bits),
    touched: new Int32Array(1024),
    vector: new Float64Array(data.dim),
    probabilities: new Float64Array(C),
  };
}

/**
 * The bytes as little-endian 32-bit words: a view of the same memory where the platform is
 * little-endian (every one Node runs on in practice), else a copy put together byte by byte.
 */
function packedOf(bytes: Int8Array): Int32Array {
  const n = bytes.length >> 2;
  if (new Uint8Array(Uint32Array.of(1).buffer)[0] === 1 && bytes.byteOffset % 4 === 0) {
    return new Int32Array(bytes.buffer, bytes.byteOffset, n);
  }
  const words = new Int32Array(n);
  for (let w = 0; w < n; w++) {
    let x = 0;
    for (let j = 0; j < 4; j++) x |= ((bytes[4 * w + j] as number) & 255) << (8 * j);
    words[w] = x;
  }
  return words;
}

/** The member's numbers per bucket: scoreBeatMember sums them in sixteen locals. */
export const DIM = 16;

// A key's hash, mixed (murmur3's finalizer) so its top bits pick the bucket: FNV's top bits
// alone clump for short words. Phrases and headline words mix their words' hashes with salts.
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
const PHRASE_SALT = 0x9e3779b1;
const HEADLINE_SALT = 0x27d4eb2f;

function isStopword(member: BeatMember, hash: number): boolean {
  const table = member.stopHashes;
  const h = hash | 1;
  for (let s = h & (table.length - 1); ; s = (s + 1) & (table.length - 1)) {
    const at = table[s] as number;
    if (at === 0) return false;
    if (at === h) return true;
  }
}

/**
 * Counts an article's words, phrases and headline words into the member's buckets (the walk of
 * visitFeatures, over the hashes the tokenizer computed) and returns how many buckets it touched
 * (their ids in member.touched, their counts in member.counts).
 */
export function countMemberBuckets(member: BeatMember, zones: Zone[]): number {
  const { counts, shift } = member;
  let touched = member.touched;
  let n = 0;
  for (const zone of zones) {
    const w = ZONE_WEIGHT[zone.kind];
    if (w === 0) continue;
    const headline = zone.kind === "headline";
    const tokens = zone.tokens;
    // Room for every key this zone can add (a word, its phrase and its headline key).
    if (n + 3 * tokens.length > touched.length) {
      const grown = new Int32Array(2 * (n + 3 * tokens.length));
      grown.set(touched);
      touched = grown;
      member.touched = grown;
    }
    let previous = 0;
    let hasPrevious = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!isFeatureToken(tokens, i)) {
        hasPrevious = false;
        continue;
      }
      const h = tokens.ascii(i) ? tokens.hash(i) : hashString(tokens.lowerBeyondAscii(i));
      if (isStopword(member, h)) {
        hasPrevious = false;
        continue;
      }
      // Written out three times, not as a closure: a closure over the count cost a third more.
      let b = mix(h) >>> shift;
      if (counts[b] === 0) touched[n++] = b;
      counts[b] = (counts[b] as number) + w;
      if (headline) {
        b = mix(h ^ HEADLINE_SALT) >>> shift;
        if (counts[b] === 0) touched[n++] = b;
        counts[b] = (counts[b] as number) + 1;
      }
      if (hasPrevious && tokens.continues(i)) {
        b = mix(Math.imul(previous, PHRASE_SALT) ^ h) >>> shift;
        if (counts[b] === 0) touched[n++] = b;
        counts[b] = (counts[b] as number) + w;
      }
      previous = h;
      hasPrevious = true;
    }
  }
  return n;
}

/**
 * Calls `visit` for every key countMemberBuckets counts, with its bucket, its weight, a number
 * naming the words a reader sees for it (a word's hash, its headline key's too; a phrase's own)
 * and where they are: the zone's index and the token's, the phrase ending there. For explanations
 * only: the hot path keeps its written-out walk, which a callback per key would slow by a third.
 */
export function visitMemberKeys(
  member: BeatMember,
  zones: Zone[],
  visit: (
    bucket: number,
    weight: number,
    term: number,
    zone: number,
    token: number,
    phrase: boolean,
  ) => void,
): void {
  const { shift } = member;
  zones.forEach((zone, z) => {
    const w = ZONE_WEIGHT[zone.kind];
    if (w === 0) return;
    let previous = 0;
    let hasPrevious = false;
    const tokens = zone.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const h = isFeatureToken(tokens, i)
        ? tokens.ascii(i)
          ? tokens.hash(i)
          : hashString(tokens.lowerBeyondAscii(i))
        : 0;
      if (h === 0 || isStopword(member, h)) {
        hasPrevious = false;
        continue;
      }
      visit(mix(h) >>> shift, w, h, z, i, false);
      if (zone.kind === "headline") visit(mix(h ^ HEADLINE_SALT) >>> shift, 1, h, z, i, false);
      if (hasPrevious && tokens.continues(i)) {
        const key = mix(Math.imul(previous, PHRASE_SALT) ^ h);
        visit(key >>> shift, w, key, z, i, true);
      }
      previous = h;
      hasPrevious = true;
    }
  });
}

/** log(1 + count) of the small whole counts most buckets hold. */
export const LOG1P = Float64Array.from({ length: 64 }, (_, c) => Math.log1p(c));

/**
 * The member's beat probabilities for an article (member.probabilities, overwritten by the
 * next call): its buckets' feature values are log(1 + count) at unit length, as the model's.
 */
export function scoreBeatMember(member: BeatMember, zones: Zone[]): Float64Array {
  const n = countMemberBuckets(member, zones);
  const { counts, touched, packed, dim, vector, output, bias } = member;
  const p = member.probabilities;
  // Sixteen sums in locals, written out: a loop over an array of them cost three times more.
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    a4 = 0,
    a5 = 0,
    a6 = 0,
    a7 = 0;
  let a8 = 0,
    a9 = 0,
    a10 = 0,
    a11 = 0,
    a12 = 0,
    a13 = 0,
    a14 = 0,
    a15 = 0;
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const b = touched[i] as number;
    const c = counts[b] as number;
    const v = c < 64 ? (LOG1P[c] as number) : Math.log1p(c);
    counts[b] = 0;
    norm += v * v;
    // The bucket's sixteen bytes as four words (packedOf): four reads instead of sixteen, each
    // byte sign-extended by shifts, so the products and sums are the bytes' as before.
    const e = b << 2;
    let x = packed[e] as number;
    a0 += v * ((x << 24) >> 24);
    a1 += v * ((x << 16) >> 24);
    a2 += v * ((x << 8) >> 24);
    a3 += v * (x >> 24);
    x = packed[e + 1] as number;
    a4 += v * ((x << 24) >> 24);
    a5 += v * ((x << 16) >> 24);
    a6 += v * ((x << 8) >> 24);
    a7 += v * (x >> 24);
    x = packed[e + 2] as number;
    a8 += v * ((x << 24) >> 24);
    a9 += v * ((x << 16) >> 24);
    a10 += v * ((x << 8) >> 24);
    a11 += v * (x >> 24);
    x = packed[e + 3] as number;
    a12 += v * ((x << 24) >> 24);
    a13 += v * ((x << 16) >> 24);
    a14 += v * ((x << 8) >> 24);
    a15 += v * (x >> 24);
  }
  vector[0] = a0;
  vector[1] = a1;
  vector[2] = a2;
  vector[3] = a3;
  vector[4] = a4;
  vector[5] = a5;
  vector[6] = a6;
  vector[7] = a7;
  vector[8] = a8;
  vector[9] = a9;
  vector[10] = a10;
  vector[11] = a11;
  vector[12] = a12;
  vector[13] = a13;
  vector[14] = a14;
  vector[15] = a15;
  const scale = norm > 0 ? member.scale / Math.sqrt(norm) : 0;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < p.length; k++) {
    let z = 0;
    const base = k * dim;
    for (let j = 0; j < dim; j++) z += (output[base + j] as number) * (vector[j] as number);
    z = (bias[k] as number) + z * scale;
    p[k] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let k = 0; k < p.length; k++) {
    const e = Math.exp((p[k] as number) - max);
    p[k] = e;
    sum += e;
  }
  for (let k = 0; k < p.length; k++) p[k] = (p[k] as number) / sum;
  return p;
}

/**
 * Whether the member can change what the model decides: not when the model's top beat is
 * guarded, nor when its lead over the second is wider than the member's share of the mix can
 * close (the member is then not run: most articles, and the costlier half of its time).
 */
export function memberCanMove(
  member: BeatMember,
  logits: Float64Array,
  temperature: number,
): boolean {
  let top = 0;
  let second = -1;
  for (let k = 1; k < logits.length; k++) {
    if ((logits[k] as number) > (logits[top] as number)) {
      second = top;
      top = k;
    } else if (second < 0 || (logits[k] as number) > (logits[second] as number)) second = k;
  }
  if (member.guarded[top] === 1) return false;
  let sum = 0;
  const max = (logits[top] as number) / temperature;
  for (let k = 0; k < logits.length; k++)
    sum += Math.exp((logits[k] as number) / temperature - max);
  const lead = (1 - Math.exp((logits[second] as number) / temperature - max)) / sum;
  // Mixed, the top beat keeps (1 - a) p1 and another gains at most a times q's largest share.
  return (1 - member.share) * lead <= member.share * 0.99;
}

/**
 * Mixes the member's probabilities q into the model's (at `temperature`): (1 - share) p +
 * share q, q smoothed so no beat is ruled out. When the mix's top beat is another than the
 * model's, the two trade logits (returns that beat, or -1 when the model's stands): the member overturns the model's
 * answer, and every beat keeps one of the model's probabilities. Written back mixed, the
 * probabilities listed the model's old answer second wherever the member overturned it, and
 * lowered the beats beside an answer it kept (a lawsuit lost its law beat, an Olympic park's
 * metro line gained sport); the trainer then raised the second-beat threshold to 0.35.
 */
export function mixMemberLogits(
  member: BeatMember,
  logits: Float64Array,
  temperature: number,
  q: Float64Array,
): number {
  const C = logits.length;
  let top = 0;
  for (let k = 1; k < C; k++) if ((logits[k] as number) > (logits[top] as number)) top = k;
  const max = (logits[top] as number) / temperature;
  let sum = 0;
  for (let k = 0; k < C; k++) sum += Math.exp((logits[k] as number) / temperature - max);
  const a = member.share;
  let mixedTop = top;
  let best = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < C; k++) {
    const p = Math.exp((logits[k] as number) / temperature - max) / sum;
    const mixed = (1 - a) * p + a * (0.99 * (q[k] as number) + 0.01 / C);
    if (mixed > best) {
      best = mixed;
      mixedTop = k;
    }
  }
  if (mixedTop === top) return -1;
  const kept = logits[top] as number;
  logits[top] = logits[mixedTop] as number;
  logits[mixedTop] = kept;
  return mixedTop;
}
