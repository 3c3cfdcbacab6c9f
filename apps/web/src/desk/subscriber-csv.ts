import { parseEmailAddress } from "@newsdesk/mail";
import type { DeskSubscriber, DigestFrequency } from "@newsdesk/store";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { isTimeZone, KNOWN_BEATS, KNOWN_REGIONS } from "../subscribers/subscription-options.js";

/** Rows one import takes: each pending one is a confirmation email sent while the editor waits. */
export const MAX_IMPORT_ROWS = 2_000;

/** The export's columns, which the import reads back (lists are ids separated by spaces). */
export const CSV_COLUMNS = [
  "email",
  "status",
  "regions",
  "beats",
  "frequency",
  "timezone",
  "created_at",
  "confirmed_at",
] as const;

/** A row of an import file, checked. */
export interface SubscriberCsvRow {
  email: string;
  regions: string[];
  beats: string[];
  frequency: DigestFrequency;
  timezone: string;
}

export interface SubscriberCsv {
  rows: SubscriberCsvRow[];
  /** Rows left out, by line of the file, and why. */
  problems: { line: number; message: string }[];
}

/** A CSV the import cannot read at all; the message says how to fix the file. */
export class SubscriberCsvError extends Error {
  override name = "SubscriberCsvError";
}

/**
 * Reads an import file: a header row naming at least `email` (any case; `regions`, `beats`,
 * `frequency` and `timezone` optional, other columns such as the export's `status` ignored).
 * Bad rows are left out and named; the file as a whole fails only when it cannot be read.
 */
export function parseSubscriberCsv(text: string): SubscriberCsv {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new SubscriberCsvError(
      `The file is not a CSV this import can read (${(error as Error).message}). Save it as CSV (comma-separated, UTF-8) with a header row, then import it again.`,
    );
  }
  if (records.length > 0 && !("email" in (records[0] ?? {}))) {
    throw new SubscriberCsvError(
      "The file has no email column. Its first row must name the columns: email, and optionally regions, beats, frequency and timezone.",
    );
  }
  if (records.length > MAX_IMPORT_ROWS) {
    throw new SubscriberCsvError(
      `The file has ${records.length} rows; one import takes up to ${MAX_IMPORT_ROWS}. Split it into smaller files and import each.`,
    );
  }
  const rows: SubscriberCsvRow[] = [];
  const problems: SubscriberCsv["problems"] = [];
  records.forEach((record, index) => {
    const checked = checkRow(record);
    // Line 1 is the header.
    if (typeof checked === "string") problems.push({ line: index + 2, message: checked });
    else rows.push(checked);
  });
  return { rows, problems };
}

/** A row as a subscriber, or what is wrong with it. */
function checkRow(record: Record<string, string>): SubscriberCsvRow | string {
  let email: string;
  try {
    email = parseEmailAddress(record.email ?? "");
  } catch {
    return `"${(record.email ?? "").slice(0, 80)}" is not an email address`;
  }
  const regions = idsOf(record.regions);
  const beats = idsOf(record.beats);
  const unknownRegion = regions.find((id) => !KNOWN_REGIONS.has(id));
  if (unknownRegion) return `unknown region "${unknownRegion}"`;
  const unknownBeat = beats.find((id) => !KNOWN_BEATS.has(id));
  if (unknownBeat) return `unknown beat "${unknownBeat}"`;
  const frequency = (record.frequency || "daily").toLowerCase();
  if (frequency !== "daily" && frequency !== "weekly") {
    return `frequency "${frequency}" is neither daily nor weekly`;
  }
  const timezone = record.timezone || "UTC";
  if (!isTimeZone(timezone)) return `unknown time zone "${timezone}"`;
  return { email, regions, beats, frequency, timezone };
}

/** Subscribers as CSV, the columns of `CSV_COLUMNS`. */
export function subscribersCsv(subscribers: readonly DeskSubscriber[]): string {
  return stringify(
    subscribers.map((subscriber) => [
      subscriber.email,
      subscriber.status,
      subscriber.regions.join(" "),
      subscriber.beats.join(" "),
      subscriber.frequency,
      subscriber.timezone,
      new Date(subscriber.createdAt).toISOString(),
      subscriber.confirmedAt ? new Date(subscriber.confirmedAt).toISOString() : "",
    ]),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}

/** Ids in a cell: separated by spaces, commas or semicolons. */
function idsOf(cell: string | undefined): string[] {
  return (cell ?? "")
    .split(/[\s,;]+/)
    .map((id) => id.trim().toLowerCase())
    .filter(Boolean);
}
