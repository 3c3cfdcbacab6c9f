import { type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { buildArticle } from "./build-article.js";
import { JsonTooDeepError, MalformedJsonError } from "./errors.js";
import { fieldParagraphs, fieldText } from "./field-text.js";
import { MAX_JSON_DEPTH, tooDeepAt } from "./json-depth.js";
import { isByline, isContributorLine } from "./line-kinds.js";
import { cleanLine } from "./lines.js";
import type { Article, ParseResult, ParseWarning } from "./types.js";

const HEADLINE_FIELDS = ["headline", "title", "hed", "name"];
const BODY_FIELDS = ["body", "text", "content", "article", "story", "paragraphs", "articleBody"];
const DEK_FIELDS = [
  "dek",
  "summary",
  "description",
  "subtitle",
  "standfirst",
  "subheadline",
  "abstract",
];
const BYLINE_FIELDS = ["byline", "author", "authors", "by"];
const LIST_FIELDS = ["articles", "items", "data", "results", "stories", "entries", "docs", "posts"];

/**
 * Parses a JSON dump: an array of article objects, an object holding them in a list field
 * (`articles`, `items`, ...; perhaps inside another object), or one article object. Throws
 * MalformedJsonError, or JsonTooDeepError past MAX_JSON_DEPTH levels.
 */
export function parseJsonDump(text: string): ParseResult {
  const lineStarts = lineOffsets(text);
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    const at = position(lineStarts, deep);
    throw new JsonTooDeepError(at.line, at.column, MAX_JSON_DEPTH);
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const firstError = errors[0];
  if (firstError || !root) {
    const at = position(lineStarts, firstError?.offset ?? 0);
    throw new MalformedJsonError(at.line, at.column, expectation(firstError));
  }
  const nodes = articleNodes(root);
  const warnings: ParseWarning[] = [];
  if (nodes.length === 0) {
    warnings.push({
      line: firstNonBlankLine(text),
      code: "outside-article",
      message: `the JSON holds no article objects (expected objects with a headline or title and one of: ${BODY_FIELDS.join(", ")}).`,
    });
  }
  const articles: Article[] = [];
  const lastLine = position(lineStarts, text.trimEnd().length).line;
  nodes.forEach((node, i) => {
    // Articles tile the file: each runs from its object to the next one, brackets included.
    const startLine = i === 0 ? firstNonBlankLine(text) : position(lineStarts, node.offset).line;
    const next = nodes[i + 1];
    const endLine = next
      ? Math.max(startLine, position(lineStarts, next.offset).line - 1)
      : lastLine;
    const article = articleFromObject(nodeValue(node), startLine, endLine);
    if (article) articles.push(article);
    else warnings.push(noBody(startLine));
  });
  return { articles, warnings };
}

/** Parses NDJSON: one article object per line. */
export function parseNdjsonDump(lines: readonly string[]): ParseResult {
  const articles: Article[] = [];
  const warnings: ParseWarning[] = [];
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const deep = tooDeepAt(line);
    if (deep >= 0) throw new JsonTooDeepError(index + 1, deep + 1, MAX_JSON_DEPTH);
    const errors: ParseError[] = [];
    const node = parseTree(line, errors, { disallowComments: true, allowTrailingComma: false });
    const error = errors[0];
    if (error || !node)
      throw new MalformedJsonError(index + 1, (error?.offset ?? 0) + 1, expectation(error));
    const article = articleFromObject(nodeValue(node), index + 1, index + 1);
    if (article) articles.push(article);
    else warnings.push(noBody(index + 1));
  });
  return { articles, warnings };
}

function noBody(line: number): ParseWarning {
  return {
    line,
    code: "outside-article",
    message: `the object at line ${line} has no body text (expected one of: ${BODY_FIELDS.join(", ")}); it was skipped.`,
  };
}

function articleNodes(root: Node): Node[] {
  if (root.type === "array") return (root.children ?? []).filter((n) => n.type === "object");
  if (root.type === "object") return listIn(root, WRAPPER_DEPTH) ?? [root];
  throw new MalformedJsonError(
    1,
    1,
    "expected an array of article objects or an object with an `articles` array",
  );
}

// APIs wrap their lists once or twice: {"articles": [...]}, {"response": {"docs": [...]}}.
const WRAPPER_DEPTH = 3;

/** The article objects of the first list field (LIST_FIELDS) in the object or the ones it holds. */
function listIn(object: Node, depth: number): Node[] | null {
  const properties = (object.children ?? []).map((property) => property.children ?? []);
  for (const [key, value] of properties) {
    if (key && value?.type === "array" && LIST_FIELDS.includes(String(key.value).toLowerCase())) {
      return (value.children ?? []).filter((n) => n.type === "object");
    }
  }
  if (depth <= 1) return null;
  for (const [, value] of properties) {
    const found = value?.type === "object" ? listIn(value, depth - 1) : null;
    if (found) return found;
  }
  return null;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) out[String(key.value)] = nodeValue(value);
      }
      return out;
    }
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function field(object: Record<string, unknown>, names: readonly string[]): unknown {
  for (const [key, value] of Object.entries(object)) {
    if (names.includes(key.toLowerCase()) && value !== null && value !== "") return unwrap(value);
  }
  return undefined;
}

// Where APIs nest a field's text: WordPress's {"rendered": ...}, the NYT's {"main": ...}.
const WRAPPED_TEXT = ["rendered", "main", "text", "value", "html", "plain"];

function unwrap(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  for (const key of WRAPPED_TEXT) if (typeof object[key] === "string") return object[key];
  return value;
}

function articleFromObject(value: unknown, startLine: number, endLine: number): Article | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const object = value as Record<string, unknown>;
  const paragraphs = toParagraphs(field(object, BODY_FIELDS));
  if (paragraphs.length === 0) return null;
  const headline = toLine(field(object, HEADLINE_FIELDS));
  const byline = toLine(field(object, BYLINE_FIELDS));
  return buildArticle({
    headline,
    dek: toLine(field(object, DEK_FIELDS)),
    bylines: byline ? [isByline(byline) ? byline : `By ${byline}`] : [],
    paragraphs,
    contributorLines: paragraphs.filter(isContributorLine),
    startLine,
    endLine,
  });
}

function toLine(value: unknown): string | null {
  if (Array.isArray(value))
    value = value
      .map((v) => (typeof v === "object" && v ? field(v as Record<string, unknown>, ["name"]) : v))
      .join(" and ");
  if (typeof value !== "string" && typeof value !== "number") return null;
  const line = cleanLine(fieldText(String(value)).replace(/\s+/g, " ")).trim();
  return line.length > 0 ? line : null;
}

function toParagraphs(value: unknown): string[] {
  const pieces = Array.isArray(value)
    ? value.map((v) => (typeof v === "string" ? v : ""))
    : [typeof value === "string" ? value : ""];
  const paragraphs: string[] = [];
  for (const piece of pieces) {
    for (const block of fieldParagraphs(piece)) {
      const line = cleanLine(block.replace(/\s+/g, " ")).trim();
      if (line.length > 0) paragraphs.push(line);
    }
  }
  return paragraphs;
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function position(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}

function firstNonBlankLine(text: string): number {
  const match = /\S/.exec(text);
  return match ? position(lineOffsets(text.slice(0, match.index + 1)), match.index).line : 1;
}

const EXPECTATIONS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "a number is malformed",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between items",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the array",
  EndOfFileExpected: "expected the end of the file after the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "a comment is not closed",
  UnexpectedEndOfString: "a string is not closed (missing '\"')",
  UnexpectedEndOfNumber: "a number is cut off",
  InvalidUnicode: "an invalid \\u escape",
  InvalidEscapeCharacter: "an invalid escape character in a string",
  InvalidCharacter: "a control character inside a string",
};

function expectation(error: ParseError | undefined): string {
  if (!error) return "expected a JSON value";
  const code = printParseErrorCode(error.error);
  return EXPECTATIONS[code] ?? code;
}
