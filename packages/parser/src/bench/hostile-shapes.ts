/**
 * Dumps with no article boundary in them for megabytes: the shapes that made parsing take time
 * quadratic in their length, when each piece was widened and parsed again until an article
 * began past it. Made up here, for the tests and the bench.
 */
const WORDS = ["harbour", "ferry", "council", "bridge", "station", "market", "river", "winter"];
const NAMES = ["Marta Lindqvist", "Oren Bakshi", "Ilse Maren", "Teodor Vance", "Petra Ness"];

const SHAPES = {
  /** One word per paragraph, paragraphs a blank line apart. */
  "one-word paragraphs": (i: number) => `${WORDS[i % WORDS.length]}\n\n`,
  /** One word per line, no blank lines. */
  "one-word lines": (i: number) => `${WORDS[i % WORDS.length]}\n`,
  /** A byline on every line. */
  bylines: (i: number) => `By ${NAMES[i % NAMES.length]}, Staff Writer\n`,
  /** A separator on every line. */
  separators: () => "___\n",
  /** Short title-case lines, each one could be a headline. */
  "headline-like lines": (i: number) =>
    `Council Approves ${capitalized(WORDS[i % WORDS.length] as string)} Plan ${i}\n\n`,
};

export type HostileShape = keyof typeof SHAPES;

export const HOSTILE_SHAPES = Object.keys(SHAPES) as HostileShape[];

/** A dump of `shape` of about `bytes` bytes (ASCII, so as many characters). */
export function hostileDump(shape: HostileShape, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = SHAPES[shape](i);
    parts.push(part);
    size += part.length;
  }
  return parts.join("");
}

function capitalized(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
