/**
 * Splits text into lines on LF, CRLF or CR and cleans each one: no-break spaces become spaces,
 * zero-width spaces and stray BOMs go, tabs become spaces, Unicode is NFC. Index i holds line
 * i + 1 of the input, so line numbers stay those of the file.
 */
export function splitLines(text: string): string[] {
  const raw = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < raw.length; i++) raw[i] = cleanLine(raw[i] as string);
  return raw;
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: tabs, form feeds and ESC are what this cleans away.
const SPACES = /[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\x1b]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/** Cleans one line; kept apart so JSON fields get the same treatment. */
export function cleanLine(line: string): string {
  if (ASCII_PRINTABLE.test(line)) return line.trimEnd();
  return line.replace(SPACES, " ").replace(INVISIBLE, "").normalize("NFC").trimEnd();
}
