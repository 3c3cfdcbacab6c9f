// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/**
 * How often a word of a lede's first sentence comes back in the title, by kind (WORD_KINDS in
 * title-words.ts) and times it recurs in the rest of the article (RECURRENCE_FLOORS), and a
 * title's mean length in words (see corpus/train-title-words.ts).
 */
export const TITLE_WORD_SHARE: readonly (readonly number[])[] = [[0.0581,0.0768,0.0956,0.1254,0.2058],[0.0546,0.127,0.2185,0.2969,0.4885],[0.0659,0.1248,0.1678,0.2601,0.4379],[0.0582,0.1274,0.2274,0.3989,0.6213],[0.0471,0.1022,0.1629,0.2526,0.3679]];
export const MEAN_TITLE_WORDS = 10.43;
