/**
 * Page debris that recurs across many newsrooms' pages (counted over the newsroom corpus: each
 * kind here turns up in the pages of dozens of outlets, or is a mail client's own), pasted along
 * with the articles: embedded posts, follow-us and write-to lines, photo credits and promotions,
 * editor's notes, sources, audio players, "Read more" links, newsletter footers, and the header
 * of a forwarded email. None of it is an article's text, and none of it ever starts one.
 */

import { isAsciiCapital, isAsciiLower } from "./words.js";

const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
// An embedded post signs off with its author's handle and date: "— Jo Doe (@jodoe) May 3, 2019".
const POST_SIGNATURE = new RegExp(`\\(@\\w{1,20}\\)\\s+(?:${MONTHS}) \\d{1,2}, \\d{4}$`);
// "Follow Jo Doe on Twitter @jodoe", "Follow us on Facebook and Instagram".
const FOLLOW = /^follow\b.{0,60}\bon (?:twitter|facebook|instagram|x)\b/i;
// "Photographer: Jo Doe/Agency", "PHOTOS: The week in pictures", "Photo by Jo Doe".
const PICTURES = /^(?:photographer|photos?|photograph|pictures?|image|credit)s?\s*(?::|by\s)/i;
// "Write to Jo Doe at jo@outlet.example", "Send tips to ...", "Contact the author at ...".
const WRITE_TO =
  /^(?:send (?:tips|letters|a tip|us)|write to .{2,80}@|contact .{2,80}@|email .{2,80}@)/i;
const EDITORS_NOTE = /^editor['’]?s['’]? note\b/i;
const SOURCE = /^sources?\s*:\s/i;
// "Twitter: @jodoe", "Instagram: jodoe".
const HANDLE = /^(?:twitter|instagram|facebook|threads|bluesky|tiktok)\s*:\s*@?[\w.]+$/i;
// "Listen to this story 3:12", "Audio: the morning briefing (12:40)".
const AUDIO = /^(?:listen|audio|play|podcast)\b.{0,80}\b\d{1,2}:\d{2}\b/i;
// A link to another story: its title, then "Read more".
const READ_MORE = /\bread more\b[\s.:>»→…]*$/i;
const DOWNLOAD_APP = /^(?:download|get) (?:the|our) .{0,40}\bapp\b/i;
// A forwarded email's header lines.
const MAIL_HEADER = /^(?:from|to|cc|bcc|date|sent|subject)\s*:\s\S/i;
// What a newsletter's footer says.
const NEWSLETTER_FOOTER =
  /\bunsubscribe\b|\byou (?:are|were) receiving this\b|\bview (?:this email )?in (?:your )?browser\b|\bmanage (?:your )?(?:email )?(?:preferences|subscriptions?)\b|\bupdate your preferences\b/i;

// Words every footer phrase holds one of: most lines are ruled out without the regex. One
// search for the four takes half the time of four searches.
const FOOTER_WORDS = /ubscri|eceiving|rowser|eferences/;

function mayBeFooter(text: string): boolean {
  return FOOTER_WORDS.test(text);
}

/** The text ends with a digit, as a post's signature does: most lines skip its regex. */
function endsWithDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57;
}

function isAsciiLetter(code: number): boolean {
  return isAsciiLower(code) || isAsciiCapital(code);
}

/**
 * The text ends with "more" (in any case) and then no letter a-z, as a "Read more" link does:
 * most lines skip its regex, which looks for the phrase everywhere in them.
 */
function endsWithMore(text: string): boolean {
  let end = text.length;
  while (end > 0 && !isAsciiLetter(text.charCodeAt(end - 1))) end--;
  if (end < 4) return false;
  return (
    (text.charCodeAt(end - 4) | 32) === 109 &&
    (text.charCodeAt(end - 3) | 32) === 111 &&
    (text.charCodeAt(end - 2) | 32) === 114 &&
    (text.charCodeAt(end - 1) | 32) === 101
  );
}

/** A line of page debris (see above), or not. */
export function isPageDebris(text: string): boolean {
  if (text.length > 400) return false;
  if (text.includes("pic.twitter.com/") || (endsWithDigit(text) && POST_SIGNATURE.test(text)))
    return true;
  if (text.length <= 300 && mayBeFooter(text) && NEWSLETTER_FOOTER.test(text)) return true;
  if (EDITORS_NOTE.test(text)) return true;
  if (text.length > 200) return false;
  return (
    FOLLOW.test(text) ||
    PICTURES.test(text) ||
    WRITE_TO.test(text) ||
    HANDLE.test(text) ||
    AUDIO.test(text) ||
    (endsWithMore(text) && READ_MORE.test(text)) ||
    DOWNLOAD_APP.test(text) ||
    (text.length <= 120 && SOURCE.test(text)) ||
    MAIL_HEADER.test(text)
  );
}
