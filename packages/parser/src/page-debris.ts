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
// "Editor's note: ...", "EDITORS' NOTE —", "Note from the editor: ...", "Correction: An earlier ...".
const EDITORS_NOTE =
  /^(?:an? )?(?:editor['’]?s['’]?|editorial) note\b|^(?:a )?note (?:from|by|to) (?:the |our )?(?:editors?|readers)\b|^(?:correction|clarification)s?\s*[:—–]\s*\S/i;
const SOURCE = /^sources?\s*:\s/i;
// "Twitter: @jodoe", "Instagram: jodoe".
const HANDLE = /^(?:twitter|instagram|facebook|threads|bluesky|tiktok)\s*:\s*@?[\w.]+$/i;
// An audio player's label opens with the player's words, after a mark or two: "🎧 Listen to this
// story", "Audio:", "Podcast", "Play audio". "Play" only with the player's own words after it:
// "Play resumed after 40 minutes" is news.
const PLAYER_WORD =
  "[^\\p{L}\\p{N}]{0,6}(?!play\\b(?! (?:audio|video|podcast|episode|now|the (?:audio|video|podcast|episode))\\b))(?:listen|audio|podcast|hear|play)\\b";
// A player's label is debris with its time, "Listen to this story 3:12", "Audio: the morning briefing (12:40)".
const AUDIO = new RegExp(`^${PLAYER_WORD}.{0,80}\\b\\d{1,2}:\\d{2}\\b`, "iu");
// or ending with its length, "🎧 Listen to this story • 6 minutes", "Play audio (2 min)", "Audio: 3
// min listen".
const AUDIO_LENGTH = new RegExp(
  `^${PLAYER_WORD}.{0,80}?\\b\\d{1,3}(?::\\d{2})?\\s*(?:min(?:ute)?s?|sec(?:ond)?s?)?\\b(?:\\s*(?:listen|long|audio))?[^\\p{L}\\p{N}]*$`,
  "iu",
);
// A link to other coverage under its label: "ALSO READ | ...", "See also: ...", "Read more: ...",
// "Watch: ...", "Related | ...", "Don't miss » ...".
const LINK_LABEL =
  /^[^\p{L}\p{N}]{0,4}(?:also (?:read|see|watch|on [\p{L} ]{2,30})|(?:read|see|watch) also|read(?: more| next)?|see|watch|listen|more|related|recommended|don['’]t miss|must read|further reading|icymi|in case you missed it|more (?:from|on) [^|:]{2,40}|trending|popular)\s*[|:›»>→–—]/iu;
// A picture's credit on a line of its own: "Orla Whitcombe/Coast Post", "Courtesy of the museum".
const CREDIT_ALONE =
  /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\p{Lu}[\p{L}'’.-]+\s?\/\s?\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}[\p{L}&'’.-]*|of|for|via)){0,4}$|^(?:photo |picture |image )?courtesy(?: of)?\s+\S[^.!?]{0,60}$/iu;
// An embedded post: its author's handle in brackets ("A post shared by Carrow Union
// (@carrowunion)"), or a post that opens with one; a sentence quoting a handle ends with a stop.
const EMBED_HANDLE = /\(@\w{1,30}\)|^@\w{1,30}\b|^(?:a post shared by|view this post on)\b/i;
// A web address, written with or without its scheme: "https://...", "www.", "outlet.example/farming".
const WEB_ADDRESS =
  /(?:https?:\/\/|www\.)\S|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*|\b[a-z0-9-]+\.(?:com|org|net|co\.uk|news|tv|fm|example)\b/i;
// A promotion that sends the reader elsewhere: "For more on farming, visit ...", "Watch the full
// interview at ...", "Sign up for the newsletter at ...". Only with an address in it (above).
const PROMOTION =
  /^[^\p{L}\p{N}]{0,4}(?:for (?:more|the latest|all|full|live)\b[^,]{0,80},\s*)?(?:visit|go to|head (?:over )?to|see|find|read|watch|listen|follow|sign up|subscribe|download|get|click|tap|check out|learn more|discover|explore|join|more)\b/iu;
// A forwarded email's marker line: "---------- Forwarded message ---------", "Begin forwarded
// message:", "-------- Original Message --------", "----- Forwarded by Jo Doe on 03/03/2026 -----".
const FORWARD_MARK =
  /^[\s\-_=*>]*(?:begin )?(?:forwarded|original) message\b[\s\-_=*:]*$|^[\s\-_=*]*forwarded by\b.{0,80}?[\s\-_=*]*$/i;
// A postal address, as a newsletter's footer gives it: "Harbour Ledger, 14 Quay Street, Port
// Selwyn", "PO Box 12, Dunmere". A number, a street word, and no sentence's end.
const POSTAL_ADDRESS =
  /^(?:[^,]{2,60},\s*)?(?:\d{1,5}[a-z]?(?:[-–]\d{1,5})?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|boulevard|blvd|way|drive|dr|place|pl|square|sq|court|ct|terrace|quay|parade|crescent|close|row|highway|hwy|plaza)\b\.?|p\.?\s?o\.? box \d{1,6}),/iu;
// A link to another story: its title, then "Read more".
const READ_MORE = /\bread more[^\p{L}\p{N}]*$/iu;
const DOWNLOAD_APP = /^(?:download|get) (?:the|our) .{0,40}\bapp\b/i;
// A forwarded email's header lines.
const MAIL_HEADER = /^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s\S/i;
// What a newsletter's footer says.
const NEWSLETTER_FOOTER =
  /\bunsubscribe\b|\byou (?:are|were) receiving this\b|\byou received this (?:email|newsletter|message)\b|\bthis (?:email|newsletter|message) was sent to\b|\bour mailing address is\b|\bforward (?:this (?:email|newsletter) )?to a friend\b|\badd us to your address book\b|\bview (?:this email )?in (?:your )?browser\b|\bmanage (?:your )?(?:email )?(?:preferences|subscriptions?)\b|\bupdate your preferences\b/i;

// Words every footer phrase holds one of: most lines are ruled out without the regex. One
// search for them all takes half the time of one search each.
export const FOOTER_WORDS =
  /ubscri|eceiv|rowser|eferences|as sent to|ailing address|a friend|ddress book/;
// A piece of each of FOOTER_WORDS' words, asked first: no line on the bench dump matches one
// and not the other, and the shorter pieces let V8 skip more of each line it searches (see
// docs/tried.md, "Speed", the twenty-ninth pass). FOOTER_WORDS still decides, so the gate
// answers as it did where a piece matches and its word does not.
export const FOOTER_PIECES = /bscr|ceiv|wser|efer|sent to|g add|frien|s boo/;

function mayBeFooter(text: string): boolean {
  return FOOTER_PIECES.test(text) && FOOTER_WORDS.test(text);
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

/** A forwarded email's header line: "From: ...", "Subject: ...". */
export function isMailHeader(text: string): boolean {
  return text.length <= 200 && MAIL_HEADER.test(text);
}

/** The line a mail client puts over a forwarded message: "---------- Forwarded message ---------". */
export function isForwardMark(text: string): boolean {
  return text.length <= 100 && FORWARD_MARK.test(text);
}

/**
 * A line of page debris (see above), or not. In brackets it is debris still: "(Source: ...)",
 * "[Editor's note: ...]", "(Orla Whitcombe/Coast Post)".
 */
export function isPageDebris(text: string): boolean {
  if (text.length > 400) return false;
  if (isDebrisLine(text)) return true;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const bracketed = (first === 0x28 && last === 0x29) || (first === 0x5b && last === 0x5d);
  return bracketed && isDebrisLine(text.slice(1, -1).trim());
}

/**
 * A picture's credit on a line of its own ("Photo: Jo Doe/Agency", "Jo Doe/Agency", "Courtesy
 * of ..."), bracketed or not: debris that sits directly above the story the picture leads, so
 * it goes with the article below it rather than the one above. A caption that describes the
 * picture in a sentence ("Image: Crowds on the pier.") is not one: it follows pictures within
 * a story as often, and so may close the story above.
 */
export function isPictureCredit(text: string): boolean {
  if (text.length > 200 || endsWithSentenceStop(text)) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const bracketed = (first === 0x28 && last === 0x29) || (first === 0x5b && last === 0x5d);
  const inner = bracketed ? text.slice(1, -1).trim() : text;
  return PICTURES.test(inner) || (inner.length <= 80 && CREDIT_ALONE.test(inner));
}

/**
 * A post a story embeds: signed off with its author's handle and date, or carrying its
 * picture's short link. It stands where the story quotes it, so no article opens on one.
 */
export function isEmbeddedPost(text: string): boolean {
  return text.includes("pic.twitter.com/") || (endsWithDigit(text) && POST_SIGNATURE.test(text));
}

function isDebrisLine(text: string): boolean {
  if (isEmbeddedPost(text)) return true;
  if (text.length <= 300 && mayBeFooter(text) && NEWSLETTER_FOOTER.test(text)) return true;
  // Most regexes here are anchored on words, so a line whose first letter none of them opens
  // with is spared them: each test costs about as much as a call, whatever it then reads.
  const opening = openingLetter(text);
  if ((opening & EDITORS_NOTE_OPENS) !== 0 && EDITORS_NOTE.test(text)) return true;
  if (text.length > 200) return false;
  return (
    ((opening & FOLLOW_OPENS) !== 0 && FOLLOW.test(text)) ||
    ((opening & PICTURES_OPENS) !== 0 && PICTURES.test(text)) ||
    ((opening & WRITE_TO_OPENS) !== 0 && WRITE_TO.test(text)) ||
    ((opening & HANDLE_OPENS) !== 0 && HANDLE.test(text)) ||
    ((opening & PLAYER_OPENS) !== 0 && AUDIO.test(text)) ||
    (endsWithMore(text) && READ_MORE.test(text)) ||
    ((opening & DOWNLOAD_APP_OPENS) !== 0 && DOWNLOAD_APP.test(text)) ||
    (text.length <= 120 && (opening & SOURCE_OPENS) !== 0 && SOURCE.test(text)) ||
    ((opening & MAIL_HEADER_OPENS) !== 0 && MAIL_HEADER.test(text)) ||
    (text.length <= 100 && (opening & PLAYER_OPENS) !== 0 && AUDIO_LENGTH.test(text)) ||
    ((opening & FORWARD_MARK_OPENS) !== 0 && isForwardMark(text)) ||
    ((opening & LINK_LABEL_OPENS) !== 0 && LINK_LABEL.test(text)) ||
    (text.length <= 80 && CREDIT_ALONE.test(text)) ||
    (((opening & EMBED_HANDLE_OPENS) !== 0 || text.includes("(@")) &&
      EMBED_HANDLE.test(text) &&
      !endsWithSentenceStop(text)) ||
    (text.length <= 160 && !endsWithSentenceStop(text) && POSTAL_ADDRESS.test(text)) ||
    // The anchored promotion first: the address is looked for everywhere in the line.
    (PROMOTION.test(text) && WEB_ADDRESS.test(text))
  );
}

/**
 * The text ends with a sentence's stop, then only closing quotes or brackets. Not a regex
 * (/[.!?]["”’)]*$/): its search for a stop read the line from its start.
 */
function endsWithSentenceStop(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c !== 0x22 && c !== 0x201d && c !== 0x2019 && c !== 0x29) break;
    i--;
  }
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63;
}

// A line's opening, as a bit: one per ASCII letter a-z (either case); OTHER_OPENING for any
// other character (a digit included), which the gates below let through where their regex may
// begin with something else.
const OTHER_OPENING = 1 << 26;
const DIGIT_OPENING = 1 << 27;

function openingLetter(text: string): number {
  const c = text.charCodeAt(0);
  const lower = c | 32;
  if (c < 128 && lower >= 97 && lower <= 122) return 1 << (lower - 97);
  if (c >= 48 && c <= 57) return DIGIT_OPENING;
  return OTHER_OPENING;
}

function opens(letters: string): number {
  let bits = 0;
  for (const letter of letters) bits |= 1 << (letter.charCodeAt(0) - 97);
  return bits;
}

// The letters each anchored regex can open with. Those that may open with other characters
// first (marks, spaces, a bracket) let OTHER_OPENING through too; a digit opens none of them.
const EDITORS_NOTE_OPENS = opens("aenc");
const FOLLOW_OPENS = opens("f");
const PICTURES_OPENS = opens("pic");
const WRITE_TO_OPENS = opens("swce");
const HANDLE_OPENS = opens("tifb");
const DOWNLOAD_APP_OPENS = opens("dg");
const SOURCE_OPENS = opens("s");
const MAIL_HEADER_OPENS = opens("ftcbdsr");
// /iu regexes: Unicode case folding maps no other character to these ASCII letters but the
// Kelvin sign and the long s, which are not ASCII and so OTHER_OPENING.
const PLAYER_OPENS = opens("laph") | OTHER_OPENING;
const FORWARD_MARK_OPENS = opens("bfo") | OTHER_OPENING;
const LINK_LABEL_OPENS = opens("arswmdfitpl") | OTHER_OPENING;
const EMBED_HANDLE_OPENS = opens("av") | OTHER_OPENING;

// A label for a picture or other media on the page, then its mark: "Photo: ...", "Video | ...",
// "Caption: ...", "Graphic: ..." (links to other coverage are LINK_LABEL's).
const MEDIA_LABEL =
  /^[^\p{L}\p{N}]{0,4}(?:photo|photograph|image|picture|video|caption|credit|graphic|illustration)s?\s*[:|›»>→–—]/iu;
// An audio player's label, whatever follows the player's words.
const PLAYER = new RegExp(`^${PLAYER_WORD}`, "iu");
// The page's own buttons and labels: "Share this article", "Save", "Print", "Advertisement",
// "5 min read", "Most read".
const PAGE_BUTTON =
  /^[^\p{L}\p{N}]{0,4}(?:share|save|print|advertisement|sponsored|most (?:read|popular|viewed|shared)|\d+ min(?:ute)?s? read)\b/iu;

/**
 * Of a line already taken for debris (this module's or a web page's, `isBoilerplate`): whether it
 * belongs to something else on the page, and so stands anywhere in a story: a picture's credit
 * or caption, a link to other coverage, a player, the page's own buttons and labels (share,
 * advertisement, reading time). Debris about the story and its source (a write-to or follow-us
 * line, a copyright line) stands where the story ends. Links and players are read by the same
 * patterns as `isPageDebris`'s; a player by its opening words alone, since the line is debris.
 */
export function standsAnywhere(text: string): boolean {
  return (
    MEDIA_LABEL.test(text) ||
    LINK_LABEL.test(text) ||
    PLAYER.test(text) ||
    READ_MORE.test(text) ||
    PAGE_BUTTON.test(text) ||
    isPictureCredit(text)
  );
}
