export { deriveHeadline } from "./derive-headline.js";
export { DumpError, DumpTooLargeError, MalformedJsonError, NotTextError } from "./errors.js";
export { parseDump } from "./parse-dump.js";
export type {
  Article,
  DumpFormat,
  HeadlineSource,
  ParseOptions,
  ParseResult,
  ParseWarning,
  WarningCode,
} from "./types.js";
