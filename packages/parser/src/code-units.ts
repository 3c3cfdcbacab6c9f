import { endianness } from "node:os";
import { nativeBuffer } from "./native-buffer.js";

/**
 * A text's UTF-16 code units in a typed array, for the passes that read every character of a
 * paragraph: V8 (Node 20) checks a string's representation at every `charCodeAt`, about 25
 * instructions, where reading a typed array takes a few, and one native write copies them all.
 */

// Reused from text to text: little-endian code units, as Uint16Array reads them on most
// machines (a big-endian one swaps each pair after writing). Written by Buffer's native
// writer itself (native-buffer.ts).
let bytes = nativeBuffer(Buffer.alloc(1 << 16));
let units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
const SWAP_PAIRS = endianness() === "BE";

/**
 * `text`'s code units from index 0 (lone surrogates as they are), in an array shared by every
 * call: valid until the next one, and holding stale units past `text.length`. Only the first
 * `count` are written when given (a pass that reads a paragraph's start copies only that).
 */
export function codeUnitsOf(text: string, count = text.length): Uint16Array {
  const needed = Math.min(count, text.length);
  if (needed > units.length) {
    bytes = nativeBuffer(Buffer.alloc(Math.max(needed, units.length * 2) * 2));
    units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  }
  const written = bytes.ucs2Write(text, 0, needed * 2);
  if (SWAP_PAIRS) bytes.subarray(0, written).swap16();
  return units;
}
