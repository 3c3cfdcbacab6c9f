// Written by `npm run train` from the newsroom corpus: do not edit by hand.

import type { PieceScalings } from "../piece-scaling.js";

/**
 * The whole articles' decoder's Platt scalings by the piece's length over the dump's found median
 * (piece-scaling.ts): none fitted, the model's one scaling everywhere.
 */
export const LEARNED_PIECE_SCALINGS: PieceScalings = { edges: [], bins: [] };
