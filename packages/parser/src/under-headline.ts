import { nextContent } from "./content-paragraphs.js";
import { JOB_TITLE } from "./line-kinds.js";
import type { Paragraph } from "./paragraphs.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

// "Jane Smith", "Jane Smith and Omar Haddad", "Jane Smith in Lagos": an author's name on a line
// of its own, perhaps with where they wrote from.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|(?:de|da|van|von|al|bin|le|la)(?=[\s-]))`;
const NAME = `${NAME_WORD}(?:[\\s-]+${NAME_WORD}){1,3}`;
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,2}`;
export const NAME_LINE = new RegExp(
  `^${NAME}(?:(?:,\\s*|\\s+and\\s+)${NAME})*(?:\\s+in\\s+${PLACE}(?:,\\s*${PLACE})?)?$`,
  "u",
);
// "Political correspondent", "BBC News", "Chief Economics Writer, Lagos".
export const ROLE_LINE = new RegExp(
  `^(?=.{2,80}$)(?!.*[.!?]$).*\\b(?:${JOB_TITLE}|staff|bureau|desk|news|BBC|Reuters|AP|AFP|Associated Press)\\b`,
  "iu",
);

// A news database's code for the publication, on a line of its own: "NGZ", "WSJO".
export const SOURCE_CODE = /^[A-Z]{2,6}$/;

// The most UTF-16 units 80 code points take (two a code point, at most).
const MAX_ROLE_UNITS = 160;

/**
 * ROLE_LINE, ruling out first what its lookaheads rule out: fewer than two code points, more
 * than 80, or a stop at the end. Most lines asked are ledes, longer or ending with one, and the
 * regex read up to 80 characters of each before failing.
 */
export function isRoleLine(text: string): boolean {
  if (text.length < 2 || text.length > MAX_ROLE_UNITS) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 || last === 33 || last === 63) return false;
  return ROLE_LINE.test(text);
}

/** An author's name, or an author's role or outlet, on a line of its own. */
export function isCreditLine(text: string): boolean {
  return NAME_LINE.test(text) || isRoleLine(text);
}

/**
 * A byline right under paragraph k: k is a dek, and the line above a headline. A bare name or an
 * outlet's name there says less: on pages it is as often a picture's credit, a title-cased label
 * or another story's link, so the headline evidence weighs those lines as any other.
 */
export function bylineUnderDek(features: readonly ParagraphFeatures[], k: number): boolean {
  const f = features[nextContent(features, k + 1)];
  return f?.kind === "byline" && (features[k] as ParagraphFeatures).words <= 45;
}

const WEEKDAY =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b/i;

/** A one- or two-sentence summary under the headline, before the byline or the lede. */
export function isDek(paragraphs: readonly Paragraph[], table: FeatureTable, k: number): boolean {
  const features = table.paragraphs;
  const f = features[k] as ParagraphFeatures;
  const text = (paragraphs[k] as Paragraph).text;
  const words = table.words(k);
  if (words > 45 || words < 4 || f.dateline !== null) return false;
  const nextIndex = nextContent(features, k + 1);
  const next = features[nextIndex];
  if (!next || next.kind === "contributor") return false;
  if (next.kind === "byline" || isCreditLine((paragraphs[nextIndex] as Paragraph).text))
    return true;
  if (/^["“‘]/.test(text)) return false;
  if (next.kind !== "text" || next.headlineLike) return false;
  // Hard news ledes say when; deks summarize without a day.
  if (WEEKDAY.test(text)) return false;
  if (next.dateline !== null) return true;
  return words <= 35 && table.words(nextIndex) >= words && !next.continuationOpening;
}
