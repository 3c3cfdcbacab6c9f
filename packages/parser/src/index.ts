export { checkDump } from "./check-dump.js";
export { DEFAULT_MAX_BYTES } from "./decode.js";
export { deriveHeadline } from "./derive-headline.js";
export {
  DocumentFileError,
  DumpError,
  DumpTooLargeError,
  EmptyDumpError,
  JsonTooDeepError,
  MalformedJsonError,
  NotTextError,
} from "./errors.js";
export { MAX_JSON_DEPTH } from "./json-depth.js";
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
