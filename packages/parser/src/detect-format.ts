/** Guesses how a dump is laid out from its first non-blank lines. */
export function detectFormat(lines: readonly string[]): "text" | "json" | "ndjson" {
  const sample: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.length > 0) sample.push(trimmed);
    if (sample.length === 3) break;
  }
  const first = sample[0] ?? "";
  // "[" before anything but a letter is JSON; "[Photo: ...]" opens a text dump.
  if (/^\[\s*(?:$|[^\p{L}])/u.test(first)) return "json";
  if (!first.startsWith("{")) return "text";
  // NDJSON: every line a whole object. Pretty-printed JSON opens with a lone or unclosed brace,
  // and a lone whole object is minified JSON: perhaps a wrapper ({"articles": [...]}).
  if (sample.length < 2) return "json";
  return sample.every((line) => line.startsWith("{") && line.endsWith("}")) ? "ndjson" : "json";
}
