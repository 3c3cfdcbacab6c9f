import { endsWithPictureCredit, isByline, isContributorLine } from "../line-kinds.js";
import { isPageDebris, isPictureCredit } from "../page-debris.js";
import type { FeatureTable } from "../text-features.js";

// The regular expressions below name roles for counting, from a line's shape (never its words
// as a rule: they read no outlet's strings).
const LINK =
  /^(read|see|watch|listen|related|more|also|click|sign up|subscribe|follow|get|join|download|explore|recommended|trending|latest|top stories|go deeper)\b/iu;
const LABEL = /^[\p{Lu}][\p{L}'’ ]{0,24}:\s+\S/u;
const CONTACT =
  /@|https?:|www\.|\.com\b|\b(e-?mail|contact|follow (him|her|us)|twitter|reporting by|contributed|editing by|is an? (reporter|writer|correspondent|editor|columnist|contributor))\b/iu;
const QUESTION = /\?["”’]?$/u;
const QUOTED = /^["“‘]/u;
const STOP = /[.!?:;]["”’)]*$/u;

// A note about the story itself: an update, a correction, an editor's note.
const NOTE = /^(?:editor['’]?s['’]? note|update[ds]?\b|updated\b|correction\b|clarification\b)/iu;

/**
 * The role a paragraph plays by its shape, as the near-miss analyses report it: a byline, a
 * contributor line, a picture's credit or caption, a note on the story, debris, a contact or
 * link, a "Label: ..." line, a question, a short line or sentence, prose (with lede-likeness).
 */
export function paragraphRole(raw: string, table: FeatureTable, p: number): string {
  const text = raw.trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  if (isByline(text)) return "byline";
  if (isContributorLine(text)) return "contributor line";
  if (isPictureCredit(text)) return "picture credit";
  if (endsWithPictureCredit(text)) return "caption with credit";
  if (NOTE.test(text)) return "note on the story";
  if (isPageDebris(text)) return "debris";
  if (CONTACT.test(text) && words <= 40) return "contact, link or sign-off";
  if (words <= 12 && LINK.test(text)) return "link to other coverage";
  if (words <= 16 && LABEL.test(text)) return "'Label: ...' line";
  if (QUESTION.test(text)) return "question";
  const like = table.lexical(p);
  const lede = like.ledeLike >= 0.5 ? "lede-like" : "not lede-like";
  const quoted = QUOTED.test(text) ? "quote, " : "";
  if (words <= 12) {
    const title = table.paragraphs[p]?.headlineLike ? "title-like" : "not title-like";
    return STOP.test(text) ? `${quoted}short sentence` : `short line no stop, ${title}`;
  }
  if (words <= 30 && !STOP.test(text)) return "line no stop (13-30 words)";
  return `${quoted}prose (${lede})`;
}
