/** Paragraphs on each side that a gap is judged by. */
export const RIGHT_WINDOW = 4;
export const LEFT_WINDOW = 25;
export const RECENT_WINDOW = 8;
