/** A paragraph's hashed features and its label. */
export interface HashedSample {
  features: Int32Array;
  y: 0 | 1;
}

/**
 * Logistic regression over hashed features by stochastic gradient descent with AdaGrad steps
 * (rare words get larger steps than common ones) and L2, classes weighted to balance. Returns
 * the bias and the table of weights.
 */
export function fitHashed(
  samples: readonly HashedSample[],
  size: number,
  options: { epochs?: number; rate?: number; l2?: number; seed?: number } = {},
): { bias: number; table: Float32Array } {
  const epochs = options.epochs ?? 4;
  const rate = options.rate ?? 0.2;
  const l2 = options.l2 ?? 1e-6;
  const table = new Float32Array(size);
  const squares = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const positives = samples.filter((s) => s.y === 1).length;
  const negatives = samples.length - positives;
  const weightOf = [
    samples.length / (2 * Math.max(1, negatives)),
    samples.length / (2 * Math.max(1, positives)),
  ];
  const order = Uint32Array.from(samples.keys());
  let state = options.seed ?? 1;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i] as number;
      order[i] = order[j] as number;
      order[j] = t;
    }
    for (const index of order) {
      const s = samples[index] as HashedSample;
      let z = bias;
      for (const f of s.features) z += table[f] as number;
      const g = (1 / (1 + Math.exp(-z)) - s.y) * (weightOf[s.y] as number);
      for (const f of s.features) {
        const grad = g + l2 * (table[f] as number);
        squares[f] = (squares[f] as number) + grad * grad;
        table[f] = (table[f] as number) - (rate * grad) / Math.sqrt(squares[f] as number);
      }
      biasSquares += g * g;
      bias -= (rate * g) / Math.sqrt(biasSquares);
    }
  }
  return { bias, table };
}

/** Weights as bytes around 128 times a scale, base64: what the parser decodes. */
export function encodeTable(table: Float32Array): { scale: number; weights: string } {
  let max = 0;
  for (const w of table) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const bytes = Buffer.alloc(table.length);
  table.forEach((w, i) => {
    bytes[i] = Math.max(1, Math.min(255, Math.round(w / scale) + 128));
  });
  return { scale, weights: bytes.toString("base64") };
}

/**
 * Logistic regression on a few dense features by Newton's method (iteratively reweighted least
 * squares), with L2 on the weights but not the bias. Returns [bias, ...weights]. `offsets`, a
 * fixed score per sample that the weights add to, with `bias: false`, fits evidence on top of
 * a model already fitted (the bias then stays 0).
 */
export function fitDense(
  xs: readonly Float64Array[],
  ys: readonly number[],
  options: { iterations?: number; l2?: number; offsets?: readonly number[]; bias?: boolean } = {},
): number[] {
  const dims = (xs[0]?.length ?? 0) + 1;
  const w = new Float64Array(dims);
  const l2 = options.l2 ?? 1;
  const withBias = options.bias ?? true;
  for (let it = 0; it < (options.iterations ?? 25); it++) {
    const grad = new Float64Array(dims);
    const hess = Array.from({ length: dims }, () => new Float64Array(dims));
    const row = new Float64Array(dims);
    xs.forEach((x, n) => {
      row[0] = withBias ? 1 : 0;
      row.set(x, 1);
      let z = options.offsets?.[n] ?? 0;
      for (let d = 0; d < dims; d++) z += (w[d] as number) * (row[d] as number);
      const p = 1 / (1 + Math.exp(-z));
      const error = p - (ys[n] as number);
      const v = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < dims; a++) {
        grad[a] = (grad[a] as number) + error * (row[a] as number);
        const ha = hess[a] as Float64Array;
        for (let b = 0; b <= a; b++)
          ha[b] = (ha[b] as number) + v * (row[a] as number) * (row[b] as number);
      }
    });
    for (let a = 0; a < dims; a++) {
      const ha = hess[a] as Float64Array;
      for (let b = 0; b < a; b++) (hess[b] as Float64Array)[a] = ha[b] as number;
      if (a > 0) {
        grad[a] = (grad[a] as number) + l2 * (w[a] as number);
        ha[a] = (ha[a] as number) + l2;
      }
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let d = 0; d < dims; d++) {
      w[d] = (w[d] as number) - (step[d] as number);
      change = Math.max(change, Math.abs(step[d] as number));
    }
    if (change < 1e-6) break;
  }
  return [...w];
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and dense). */
function solve(a: readonly Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m: Float64Array[] = a.map((row, i) => Float64Array.from([...row, b[i] as number]));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (
        Math.abs((m[r] as Float64Array)[col] as number) >
        Math.abs((m[pivot] as Float64Array)[col] as number)
      )
        pivot = r;
    [m[col], m[pivot]] = [m[pivot] as Float64Array, m[col] as Float64Array];
    const p = (m[col] as Float64Array)[col] as number;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = ((m[r] as Float64Array)[col] as number) / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++)
        (m[r] as Float64Array)[c] =
          ((m[r] as Float64Array)[c] as number) - f * ((m[col] as Float64Array)[c] as number);
    }
  }
  return Float64Array.from(
    m.map((row, i) => {
      const p = row[i] as number;
      return Math.abs(p) < 1e-12 ? 0 : (row[n] as number) / p;
    }),
  );
}
