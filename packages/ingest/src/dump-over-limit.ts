import { formatBytes } from "@newsdesk/config";
import { DEFAULT_MAX_BYTES, DumpTooLargeError } from "@newsdesk/parser";

/**
 * A dump larger than the parser reads (64 MiB), met before it is read: by `newsdesk ingest`,
 * `parse` and `classify`, and by the inbox. No setting raises that limit, so the message says
 * only what works: splitting the dump.
 */
export class DumpOverLimitError extends DumpTooLargeError {
  override name = "DumpOverLimitError";
  /** `sizeKnown` false: a stream, of which `size` bytes were read before it went over. */
  constructor(size: number, limit = DEFAULT_MAX_BYTES, sizeKnown = true) {
    super(size, limit, sizeKnown);
    this.message = `dump is ${sizeKnown ? `${formatBytes(size)}, over` : "larger than"} the ${formatBytes(limit)} limit: split it into smaller files.`;
  }
}
