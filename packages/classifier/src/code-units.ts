import { endianness } from "node:os";

// One buffer reused for every text: tokenizing is synchronous and never re-entered.
let units = new Uint16Array(4096);
let bytes = Buffer.from(units.buffer);
// Buffer's "utf16le" is the machine's own order on little-endian hosts (nearly all of them).
const NATIVE_UTF16LE = endianness() === "LE";

/**
 * The UTF-16 code units of `text`, with a 0 after the last, in a typed array that the next
 * call overwrites. Tokenizing reads each character two or three times; a typed array read
 * is several times cheaper than String.prototype.charCodeAt, which checks how V8 stores the
 * string on every call, and Buffer#write copies the whole text natively in one go.
 */
export function codeUnitsOf(text: string): Uint16Array {
  const n = text.length;
  if (n + 1 > units.length) {
    units = new Uint16Array(2 * (n + 1));
    bytes = Buffer.from(units.buffer);
  }
  if (NATIVE_UTF16LE) bytes.write(text, 0, "utf16le");
  else for (let k = 0; k < n; k++) units[k] = text.charCodeAt(k);
  // The 0 lets a scan read one past the end and find no word character there.
  units[n] = 0;
  return units;
}
