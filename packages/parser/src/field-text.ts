import { decodeHTML } from "entities";
import { Parser } from "htmlparser2";

/**
 * The text of JSON dump fields, which content systems often fill with HTML: "<p>The bank&rsquo;s
 * board met.</p>". Plain text only has its character references decoded.
 */

// An opening or closing tag of an element articles are marked up with: "<p>", "</div>",
// "<br/>", "<a href=...>". Named, so that "x<y and z>w" in plain text is no tag.
const HTML_TAG =
  /<\/?(?:a|abbr|address|article|aside|b|blockquote|br|center|cite|code|dd|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|header|hr|i|iframe|img|li|main|mark|nav|noscript|ol|p|picture|pre|q|s|script|section|small|source|span|strong|style|sub|sup|table|tbody|td|template|th|thead|time|tr|u|ul|video)(?:\s[^<>]*)?\/?>/i;
// "&amp;", "&#8217;", "&#x2019;".
const CHARACTER_REFERENCE = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;

// Elements that begin or end a paragraph of their own.
const BLOCKS = new Set(
  "address article aside blockquote br dd div dl dt footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split(
    " ",
  ),
);
// Elements whose text is not the article's: code, styles, and the captions of pictures.
const SKIPPED = new Set(["script", "style", "noscript", "template", "figcaption", "iframe"]);

/**
 * A field's paragraphs, not yet cleaned: one per HTML block element; in plain text, the
 * blocks between blank lines, or else the lines.
 */
export function fieldParagraphs(text: string): string[] {
  if (HTML_TAG.test(text)) return htmlBlocks(text);
  const plain = decodeReferences(text);
  return BLANK_LINE.test(plain) ? plain.split(BLANK_LINE) : plain.split("\n");
}

/** A one-line field (a headline, a byline) as plain text. */
export function fieldText(text: string): string {
  return HTML_TAG.test(text) ? htmlBlocks(text).join(" ") : decodeReferences(text);
}

const BLANK_LINE = /\n\s*\n/;

function decodeReferences(text: string): string {
  return CHARACTER_REFERENCE.test(text) ? decodeHTML(text) : text;
}

/** The text of an HTML fragment, one string per block element, character references decoded. */
function htmlBlocks(html: string): string[] {
  const blocks: string[] = [];
  let current = "";
  let skipping = 0;
  const endBlock = () => {
    if (current.trim().length > 0) blocks.push(current);
    current = "";
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCKS.has(name)) endBlock();
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) endBlock();
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  return blocks;
}
