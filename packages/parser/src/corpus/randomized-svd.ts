import { Matrix, QrDecomposition, SingularValueDecomposition } from "ml-matrix";

/**
 * The top `rank` left singular vectors of a square symmetric matrix, each scaled by the square
 * root of its singular value, by randomized SVD (Halko, Martinsson and Tropp 2011): the matrix
 * times a random block, refined by power iterations, spans its top singular space, and the SVD
 * of the small projection onto that span gives the vectors. A full SVD of a 3,000 x 3,000 matrix
 * takes minutes in JavaScript; this takes seconds. Deterministic: the random block is seeded.
 */
export function topSingularVectors(
  symmetric: Matrix,
  rank: number,
  { oversample = 16, powerIterations = 4, seed = 7 } = {},
): { vectors: Matrix; singularValues: number[] } {
  const n = symmetric.rows;
  const width = Math.min(n, rank + oversample);
  const random = gaussian(seed);
  let basis = Matrix.zeros(n, width);
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) basis.set(i, j, random());
  // The matrix is symmetric, so multiplying by it is multiplying by its transpose too.
  for (let it = 0; it <= powerIterations; it++)
    basis = new QrDecomposition(symmetric.mmul(basis)).orthogonalMatrix;
  const projected = basis.transpose().mmul(symmetric);
  const svd = new SingularValueDecomposition(projected, { autoTranspose: true });
  const left = basis.mmul(svd.leftSingularVectors);
  const singularValues = svd.diagonal.slice(0, rank);
  const vectors = Matrix.zeros(n, rank);
  for (let j = 0; j < rank; j++) {
    const root = Math.sqrt(singularValues[j] as number);
    for (let i = 0; i < n; i++) vectors.set(i, j, left.get(i, j) * root);
  }
  return { vectors, singularValues };
}

/** Standard normal numbers from a seeded xorshift, by the Box-Muller transform. */
function gaussian(seed: number): () => number {
  let state = seed >>> 0 || 1;
  const uniform = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return (state + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
