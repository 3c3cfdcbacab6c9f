// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/** How a dump's explicit stretches give its own article lengths (see corpus/train-dump-prior.ts). */
export const LEARNED_DUMP_LENGTHS = { perStretch: 0.78, pseudoArticles: 0 };
