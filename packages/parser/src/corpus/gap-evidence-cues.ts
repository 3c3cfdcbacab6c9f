// Raw-text cues for the gap evidence probe (gap-evidence-probe.ts): regular expressions, counts only.

const NOT_NAME_WORDS = new Set(
  "The A An In On At But And Or If When While After Before As For From With By To Of This That These Those It He She They We I His Her Their Our Its Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);

/** Runs of two or more capitalized words, sentence-opening function words dropped. */
export function fullNamesOf(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+/g)) {
    const words = m[0].split(/\s+/).filter((w) => !NOT_NAME_WORDS.has(w));
    if (words.length >= 2) names.push(words.join(" "));
  }
  return names;
}

/** Capitalized words after a place preposition ("in Addis Ababa"). */
export function namedPlacesOf(text: string): string[] {
  const places: string[] = [];
  for (const m of text.matchAll(
    /\b(?:in|at|from|near|outside|across)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)/g,
  )) {
    const words = (m[1] as string).split(/\s+/).filter((w) => !NOT_NAME_WORDS.has(w));
    if (words.length > 0) places.push(words.join(" "));
  }
  return places;
}

const TIME =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|yesterday|today|tomorrow|tonight|last (?:week|month|year|weekend|night)|next (?:week|month|year)|this (?:week|month|year|weekend)|(?:19|20)\d\d)\b/g;

/** Time expressions, lowered. */
export function timeWordsOf(text: string): string[] {
  return [...text.matchAll(TIME)].map((m) => (m[1] as string).toLowerCase());
}

/** Share of "says" among "says" and "said"; -1 where neither occurs. */
export function saysShare(text: string): number {
  const says = (text.match(/\bsays\b/g) ?? []).length;
  const said = (text.match(/\bsaid\b/g) ?? []).length;
  return says + said === 0 ? -1 : says / (says + said);
}

/** A paragraph ending on a quotation given to someone: `..." she said.` / `said Smith.` */
export function endsOnAttributedQuote(text: string): boolean {
  return /["”'’],?\s+(?:\S+\s+){0,4}(?:said|says|added|told \S+)\s*(?:\S+\s*){0,4}\.\s*$/.test(
    text,
  );
}

/** Jensen-Shannon divergence (bits) of two bags of term ids; 0.5 where either is empty. */
export function stemDivergence(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0.5;
  const pa = new Map<number, number>();
  const pb = new Map<number, number>();
  for (const t of a) pa.set(t, (pa.get(t) ?? 0) + 1 / a.length);
  for (const t of b) pb.set(t, (pb.get(t) ?? 0) + 1 / b.length);
  let js = 0;
  for (const t of new Set([...pa.keys(), ...pb.keys()])) {
    const p = pa.get(t) ?? 0;
    const q = pb.get(t) ?? 0;
    const m = (p + q) / 2;
    if (p > 0) js += 0.5 * p * Math.log2(p / m);
    if (q > 0) js += 0.5 * q * Math.log2(q / m);
  }
  return js;
}
