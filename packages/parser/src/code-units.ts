import { endianness } from "node:os";

/**
 * A text's UTF-16 code units in a typed array, for the passes that read every character of a
 * paragraph: V8 (Node 20) checks a string's representation at every `charCodeAt`, about 25
 * instructions, where reading a typed array takes a few, and one native write copies them all.
 */

// Reused from text to text: little-endian code units, as Uint16Array reads them on most
// machines (a big-endian one swaps each pair after writing).
let bytes = Buffer.alloc(1 << 16);
let units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
const SWAP_PAIRS = endianness() === "BE";

/**
 * `text`'s code units from index 0 (lone surrogates as they are), in an array shared by every
 * call: valid until the next one, and holding stale units past `text.length`. Only the first
 * `count` are written when given (a pass that reads a paragraph's start copies only that).
 */
export function codeUnitsOf(text: string, count = text.length): Uint16Array {
  write(text, Math.min(count, text.length));
  return units;
}

/**
 * The last `count` code units of `text` (all of them if it is shorter), from index 0 of the
 * same shared array as codeUnitsOf's: for a pass that reads a long paragraph's end alone.
 */
export function tailUnitsOf(text: string, count: number): Uint16Array {
  if (count >= text.length) return codeUnitsOf(text);
  write(text.slice(text.length - count), count);
  return units;
}

function write(text: string, needed: number): void {
  if (needed > units.length) {
    bytes = Buffer.alloc(Math.max(needed, units.length * 2) * 2);
    units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  }
  const written = bytes.write(text, 0, needed * 2, "utf16le");
  if (SWAP_PAIRS) bytes.subarray(0, written).swap16();
}
