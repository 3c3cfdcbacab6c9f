import { isAsciiLower, isWordChar } from "./words.js";

/**
 * Recognizers for the furniture of a news article: bylines, datelines, contributor lines,
 * separators and the web-page debris that copy-pasting brings along.
 */

const CONTRIBUTED =
  /\bcontribut(?:ed|ing)\b[^.]{0,40}?\b(?:reporting|research|report|article|story)\b/i;
const REPORTING_BY =
  /^(?:with |additional |further )?(?:reporting|research|writing|editing)(?:(?: was)?(?: contributed)? by\b|:)/i;
// "Jane Doe reported from Kyiv, and John Roe from Moscow.": full names, then only places and
// more names ("The Prime Minister reported from ...", "... reported from Kyiv that ..." are news).
const REPORTED_FROM =
  /^(?!(?:The|A|An|This|That|Our|His|Her|Their|Its)\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+(?:(?:,\s*|,?\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)*\s+reported\s+from(?:[,\s]+(?:\p{Lu}[\p{L}.'’-]*|and|from|in|of|the|de|da|del|la|el|al))+\.$/u;
const AGENCY_CONTRIBUTED = /\bcontributed to this (?:report|article|story)\b/i;

// The first letters REPORTING_BY can open with (with, additional, further, reporting, research,
// writing, editing): the regex is asked of every paragraph, and most open otherwise.
function opensLikeReportingBy(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  return first === 97 || first === 102 || first === 114 || first === 119 || first === 101;
}

/**
 * The text holds " reported from ". Looked for by "ported from " first: V8 finds a substring by
 * searching for its first character, and a space stands before every word, where "p" seldom
 * does; the phrase itself is looked for only in the few lines that hold the rest of it.
 */
function mayReportFrom(text: string): boolean {
  return text.includes("ported from ") && text.includes(" reported from ");
}

/** "X and Y contributed reporting from Z.", "Reporting was contributed by X.", "Additional reporting by X." */
export function isContributorLine(text: string): boolean {
  const first = text.charCodeAt(0);
  if (text.length > 400 || first === 0x22 || first === 0x201c || first === 0x2018) return false;
  if (opensLikeReportingBy(text) && REPORTING_BY.test(text)) return true;
  if (text.length <= 240 && mayReportFrom(text) && REPORTED_FROM.test(text)) return true;
  return mayContribute(text) && (CONTRIBUTED.test(text) || AGENCY_CONTRIBUTED.test(text));
}

/**
 * The text holds "ontribut". Looked for by "but" first, as mayReportFrom does: "o" stands in
 * most words, where "b" seldom does, and V8's search starts over at each first character.
 */
function mayContribute(text: string): boolean {
  return text.includes("but") && text.includes("ontribut");
}

// The jobs a credit names besides the people: "Hanna Berg, Senior Correspondent". A regex source,
// for the byline readers here, in under-headline.ts and in contributors.ts.
export const JOB_TITLE =
  "(?:writer|correspondent|reporter|editor|columnist|contributor|producer|analyst|photographer|critic|journalist)s?";

// Case matters after "By": "By the Numbers: ..." is a headline, not a byline. "Written by",
// "Words:" and the like are bylines too ("Reporting by" closes articles: a contributor line).
const BYLINE =
  /^(?:(?:By|BY|by)\s+|(?:Written|Words|Story|Text|Posted|Reported|WRITTEN|WORDS|STORY|TEXT|POSTED|REPORTED)\s+by\s+|(?:Words|Text|Author|Byline|WORDS|TEXT|AUTHOR|BYLINE)\s*:\s*)\p{Lu}/u;
// "Jane Doe | Norland Wire", "Jane Doe and Omar Haddad • Political desk": names, then the outlet.
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]+`;
const BYLINE_WITH_OUTLET = new RegExp(
  `^${NAME_WORD}(?: ${NAME_WORD}){1,3}(?:(?:, | and )${NAME_WORD}(?: ${NAME_WORD}){1,3})*\\s+[|•·]\\s+[^|•·]{2,50}$`,
  "u",
);

/** "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE, Associated Press", "Jane Doe | Wire". */
export function isByline(text: string): boolean {
  // Most paragraphs are longer than a byline: only one opening with "B" may be a list of names.
  if (text.length > 160)
    return text.charCodeAt(0) === 66 && text.length <= 400 && BYLINE_LIST.test(text);
  return (
    (BYLINE.test(text) || BYLINE_WITH_OUTLET.test(text)) &&
    !/[.!?]["”’]?$/.test(text.replace(/\b\p{Lu}\.$/u, ""))
  );
}

// A page's byline of many authors, past the length of any other: "By Ana Lima, Oren Bakshi, ...".
const BYLINE_LIST = new RegExp(
  `^(?:By|BY)\\s+${NAME_WORD}(?: ${NAME_WORD}){0,4}(?:,\\s*(?:and )?${NAME_WORD}(?: ${NAME_WORD}){0,4})+$`,
  "u",
);

// "KYIV, Ukraine —", "LONDON (Reuters) -", "SÃO PAULO, Brazil, March 3 (AP) —", "WASHINGTON —"
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?)(?:,\s*[\p{L}\p{M}\p{N}.' -]{2,40}?){0,2}\s*(?:\([^)]{2,40}\))?(?:\s*[—–]|\s+--?)\s*(?=\S)/u;

/** The dateline that opens a lede, or null. The city must be in capitals, as datelines are. */
export function datelineOf(text: string): string | null {
  // A city in capitals: a lower-case a-z second letter, as in most ledes, rules one out.
  if (isAsciiLower(text.charCodeAt(1))) return null;
  const match = DATELINE.exec(text);
  if (!match) return null;
  const city = (match[1] as string).replace(/[^\p{Lu}]/gu, "");
  if (city.length < 3) return null;
  return match[0].trim();
}

const SEPARATOR = /^[\s\-–—=*_#~•·.+]{3,}$/;
const OPENS_WITH_TEXT = /^[\p{L}\p{N}"“‘']/u;

// The marks wire copy ends a story with: "-30-", "ENDS", "(END)", "— END —", "XXX"; news-database
// exports close each one with "End of Document" or its id ("Document NGZ0000020251124...").
const END_MARK =
  /^[\s([–—-]*(?:-\s?30\s?-|ends?|end of (?:story|article|text|document)|x{3,}|document [a-z0-9]{16,40})[\s.)\]–—-]*$/iu;

/** "* * *", "----", "####", "-30-", "ENDS", a link: a line that only separates. */
export function isSeparator(text: string): boolean {
  if (text.length <= MAX_END_MARK && END_MARK.test(text)) return true;
  if (isSourceLink(text)) return true;
  // A letter or digit opening the line settles it without a regex, for most lines.
  if (text.length > 200 || isWordChar(text.charCodeAt(0))) return false;
  return !OPENS_WITH_TEXT.test(text) && SEPARATOR.test(text);
}

const MAX_END_MARK = 52;

// "...", ". . .", ". . . .", "…": an ellipsis, not a rule of dots.
const ELLIPSIS = /^\s*(?:(?:\.\s?){3}\.?|…)\s*$/u;

/**
 * An ellipsis on a line of its own: words left out of a quotation or a transcript. The corpus's
 * articles (folds 1-4) hold ten such lines, every one inside its story.
 */
export function isEllipsis(text: string): boolean {
  return text.length <= 12 && ELLIPSIS.test(text);
}

// A web address of a post ("/status/123"), a video's page ("watch?v=") or a file (a picture, a
// document, a clip): what a story embeds where it quotes one, not an article someone pasted.
const EMBED_LINK =
  /(?:\/status(?:es)?\/\d|\/watch\?v=|\.(?:png|jpe?g|gif|svg|webp|pdf|mp4|mp3)(?:[?#][^\s<>]*)?>?$)/i;

/**
 * A web address on a line of its own that stands for something a story embeds (a post, a video,
 * a picture or document): it parts nothing. On folds 2 and 3 the corpus's dumps held 14 false
 * starts at links on a line of their own and no true one; 9 of them such addresses.
 */
export function isEmbedLink(text: string): boolean {
  return isSourceLink(text) && EMBED_LINK.test(text);
}

// "https://www.gazette.example/2026/03/03/ferry-pier", "<www.gazette.example/ferry>": what
// people paste above an article they collect. Short links stand in tweets inside articles.
const SOURCE_LINK = /^<?(?:https?:\/\/|www\.)[^\s<>]+>?$/i;
const SHORT_LINK =
  /^<?(?:https?:\/\/)?(?:www\.)?(?:t\.co|bit\.ly|ow\.ly|buff\.ly|tinyurl\.com|goo\.gl|youtu\.be|pic\.twitter\.com)\//i;

/** A web address on a line of its own: the source of the article that follows it. */
export function isSourceLink(text: string): boolean {
  const c = text.charCodeAt(0);
  // It opens with "h", "w" or "<": one character rules out most lines.
  if (c !== 104 && c !== 119 && c !== 72 && c !== 87 && c !== 60) return false;
  return text.length <= 2000 && SOURCE_LINK.test(text) && !SHORT_LINK.test(text);
}

// The agencies a picture's credit names.
export const PICTURE_AGENCY =
  "(?:getty images|reuters|afp|ap|epa|efe|anadolu(?: agency)?|shutterstock|alamy|pa(?: media| images)?|associated press|bloomberg)(?: via getty images)?";

/** The whole-line patterns of web-page debris; `isBoilerplateLine` asks two more. */
export const BOILERPLATE_PATTERNS = [
  "advertisement(?:\\s*[·•|-].*)?",
  "story continues below (?:the )?(?:advertisement|this ad)",
  "skip advertisement",
  "supported by",
  "share full article",
  "share this article",
  "share on (?:facebook|twitter|x)",
  "read in app",
  "listen to this article.*",
  "continue reading.*",
  "read more.*",
  "sign up for .*",
  "subscribe .*",
  "credit\\s*\\.{2,}.*",
  "image(?: credit.*)?",
  // Captions and credits pasted with the pictures: "Photo: Name/Agency", "Image: A man...".
  "(?:photo|photograph|image|picture|caption|credit)s?\\s*:.*",
  // A picture's placeholder or caption in brackets: "[image]", "[Photo: the pier at dawn]".
  "\\[(?:photo|photograph|image|picture|video|graphic|illustration|caption)s?\\b[^\\]]{0,200}\\]",
  // "Image source, Getty Images", "Image caption, Crews at work", "Media caption: ...".
  "(?:photo|image|picture|video|media) (?:source|caption|credit)s?\\s*[:,].*",
  // A picture's credit on a line of its own: "Getty Images" (with its photographer's name,
  // "Ana Lima/AFP via Getty Images", it is NAMED_AGENCY_CREDIT).
  PICTURE_AGENCY,
  "related(?::.*)?",
  "most (?:read|popular|viewed|shared)",
  "follow us on .*",
  "share|save|print|email|listen|watch",
  "watch:.*",
  "\\d+ min(?:ute)?s? read",
  "\\d+ (?:minutes?|hours?|days?) ago",
  // "... All rights reserved." is ALL_RIGHTS_RESERVED.
  "(?:copyright|©|\\(c\\))\\s*©?\\s*\\d{4}\\b.*",
  "view comments",
  "(?:copy )?link copied!?|copy link(?: to clipboard)?",
  // What news sites put around an article, pasted with it: sharing, reading on, navigation.
  "facebook|twitter|x|linkedin|whatsapp|bluesky|threads|reddit|pinterest|flipboard|telegram|instagram|youtube|tiktok|messenger",
  "click here to share on social media",
  "reuse this content",
  "explore more on these topics",
  "more on this story",
  "related (?:topics|stories|articles|coverage|content|reading)",
  "save articles to read later.*",
  "leer en español|read in english|lire en français",
  "sign up here\\.?",
  "item \\d+ of \\d+\\b.*",
  "skip to (?:main )?(?:content|navigation)",
  "read next|top stories|recommended(?: (?:stories|reading|for you))?|newsletters?|sections",
  "download the app|gift this article|print this page",
  "(?:toggle|hide|show) caption.*",
  "reporting from [^.]{2,60}",
  "(?:published|updated|posted)(?: on)? [^.]{0,80}",
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}, \\d{4}(?:,? [^.]{0,30})?",
  "\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \\d{4}(?:,? [^.]{0,30})?",
  "comments",
  // The fields of news-database exports (LexisNexis, Factiva): "Section: NEWS; Pg. 4",
  // "Length: 412 words", "Load-Date: ...", "Body", "412 words", "Final Edition", "English".
  "(?:section|length|dateline|load-date|language|publication-type|journal-code|document-type|subject|geographic|organization|industry|ticker|person|company|pub-date|edition|page|word count|notes|correction-date|graphic|url)\\s*:.*",
  "body",
  "\\d[\\d,]*\\s+words",
  "(?:final|late|early|city|national|international|online|main|first|second|weekend|metro|morning|evening) edition",
  "english|french|german|spanish|portuguese|italian|dutch|arabic|russian|chinese|japanese",
];

const BOILERPLATE = new RegExp(
  BOILERPLATE_PATTERNS.map((pattern) => `(?:${pattern})`)
    .join("|")
    .replace(/^/, "^(?:")
    .concat(")$"),
  "i",
);

// Two alternatives out of BOILERPLATE, each behind a test it needs: inside the alternation V8 tried
// them on every line, the photographer's name reading up to 40 characters and giving them back
// one by one, "all rights reserved" looked for after every character. "Ana Lima/AFP via Getty
// Images" holds a slash; "... All rights reserved." ends with "d" or a stop (without /u, /i folds
// no other character to an ASCII letter).
const NAMED_AGENCY_CREDIT = new RegExp(`^[^./]{2,40}\\s*\\/\\s*${PICTURE_AGENCY}$`, "i");
const ALL_RIGHTS_RESERVED = /^.*all rights reserved\.?$/i;

/** The line is one of BOILERPLATE_PATTERNS, a picture's credit with its photographer, or a rights notice. */
export function isBoilerplateLine(text: string): boolean {
  if (BOILERPLATE.test(text)) return true;
  if (text.includes("/") && NAMED_AGENCY_CREDIT.test(text)) return true;
  const last = text.charCodeAt(text.length - 1);
  return (last === 0x64 || last === 0x44 || last === 0x2e) && ALL_RIGHTS_RESERVED.test(text);
}

/**
 * Web-page debris: "Advertisement", "Share full article", "Credit...Name", a link's label
 * ("Purchase Licensing Rights, opens new tab"), a picture's caption with its credit.
 */
export function isBoilerplate(text: string): boolean {
  if (text.length > 120) return isCaption(text);
  return (
    isBoilerplateLine(text) ||
    isTimestamp(text) ||
    text.endsWith(", opens new tab") ||
    isCaption(text)
  );
}

// A picture's caption ends with its credit: "... at Port Aldwin. Photograph: Ilse Maren/Wire".
const CAPTION_CREDIT =
  /(?:^|[.!?"”’)]\s+)(?:Photograph|Photo|Illustration|Composite|Image|Picture|Video)s?:\s*[^.:!?]{2,80}$/u;

function isCaption(text: string): boolean {
  // The credit's colon stands among the last characters: only they are searched for it.
  return (
    text.length <= 400 &&
    text.indexOf(": ", text.length - CREDIT_TAIL) >= 0 &&
    CAPTION_CREDIT.test(text)
  );
}

// The longest ": credit" CAPTION_CREDIT takes: the colon, a space and 80 characters.
const CREDIT_TAIL = 82;

// A picture's credit at the end of its caption, in brackets or after a bar or a slash: "...
// March 3, 2026. (Ana Lima/Norland Wire)", "(Wire photo: Ana Lima)", "... | Ana Lima/AP Photo".
// Counted on the training outlets: 2,801 paragraphs of 78 outlets end so, and no headline.
const PICTURE_CREDIT_END =
  /(?:\((?:\p{Lu}[^()/]{1,50}\/[^()]{2,60}|[^()]{0,50}\b(?:photo|photograph|image|picture)s?\b[^()]{0,60})\)|\|\s*[^|]{2,60}\/[^|]{2,40}|\/\s*(?:AP|AFP|Getty Images|Reuters|EPA|Bloomberg)(?: Photo| via Getty Images)?)$/iu;
// How far from the end a credit's slash may stand.
const CREDIT_SLASH_REACH = 64;

/**
 * A caption that ends with its picture's credit: it names no article, and opens none. Most
 * lines end with neither a bracket nor a slash near the end, and skip the regex. The slash is
 * looked for in the last CREDIT_SLASH_REACH characters only: `lastIndexOf` read the whole of
 * every line without one. Shorter lines are asked the regex, as they always were.
 */
export function endsWithPictureCredit(text: string): boolean {
  if (
    text.charCodeAt(text.length - 1) !== 0x29 &&
    text.length >= CREDIT_SLASH_REACH &&
    text.indexOf("/", text.length - CREDIT_SLASH_REACH) < 0
  )
    return false;
  return PICTURE_CREDIT_END.test(text);
}

// The words a publication or update time is written with, besides numbers.
const TIME_WORDS = new Set(
  (
    "published updated last modified posted first on at am pm a m p gmt utc bst cet cest et est edt " +
    "ct cst cdt mt mst mdt pt pst pdt ist jst aest hkt sast eat wat mon tue tues wed thu thur thurs " +
    "fri sat sun monday tuesday wednesday thursday friday saturday sunday jan feb mar apr may jun jul " +
    "aug sep sept oct nov dec january february march april june july august september october " +
    "november december"
  ).split(" "),
);
const HAS_DATE = new RegExp(
  [
    "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d",
    "\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "\\b\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}\\b",
    "\\b\\d{1,2}[:.]\\d{2}\\b",
  ].join("|"),
  "i",
);

/**
 * A line that only says when: "Tue 3 Mar 2026 14.02 GMT", "Published: 10:32 AM EST, Mon March
 * 2, 2026", "2026-03-03 14:02". Every word is a date or time word or a number, and there is a
 * date or a clock time in it.
 */
function isTimestamp(text: string): boolean {
  if (text.length > 80 || !HAS_DATE.test(text)) return false;
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.every((word) => TIME_WORDS.has(word));
}
