// Written by `npm run train` from the newsroom corpus: do not edit by hand.

/**
 * How often a word of a lede's first sentence comes back in the title, by kind (WORD_KINDS in
 * title-words.ts) and times it recurs in the article's next paragraphs (RECURRENCE_FLOORS), and a
 * title's mean length in words (see corpus/train-title-words.ts).
 */
export const TITLE_WORD_SHARE: readonly (readonly number[])[] = [[0.0715,0.1076,0.1422,0.1953,0.239],[0.0695,0.2061,0.3252,0.5393,0.1818],[0.0895,0.1803,0.2873,0.5097,0.5],[0.0893,0.2364,0.4465,0.656,0.6465],[0.0616,0.1593,0.2804,0.3881,0.4693]];
export const MEAN_TITLE_WORDS = 10.43;
