import { countOf, formatBytes } from "@newsdesk/config";
import { type PreviewResult, renderPreview, scheduleOf } from "@newsdesk/digest";
import { DEFAULT_REGION_ORDER } from "@newsdesk/newsletter";
import { createStore } from "@newsdesk/store";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import { NothingToShowError } from "../errors.js";
import type { Io } from "../io.js";
import { parseBeats, parseFrequency, parseRegions } from "../options.js";
import { writeOutputFile } from "../write-output-file.js";
import { withUserErrors } from "./ingest-context.js";

export interface PreviewOptions {
  regions?: string;
  beats?: string;
  frequency: string;
  out?: string;
  text?: boolean;
  publicUrl?: string;
}

/**
 * `newsdesk preview [--regions a,b] [--beats a,b] [--frequency daily|weekly] [--out FILE]
 * [--text]`: the newsletter a subscriber with those choices would get now, rendered from the
 * stored articles (read directly: no worker or Redis needed).
 */
export function registerPreviewCommand(program: Command, io: Io): void {
  program
    .command("preview")
    .description(COMMAND_SUMMARIES.preview.description)
    .option("--regions <ids>", `comma-separated regions (${DEFAULT_REGION_ORDER.join(", ")})`)
    .option("--beats <ids>", "comma-separated IPTC beats, e.g. politics,health")
    .option(
      "--frequency <frequency>",
      "daily or weekly: the period the next send covers, as it stands now",
      "daily",
    )
    .option("--out <file>", "write to FILE instead of stdout")
    .option("--text", "the plain-text part instead of the HTML")
    .option("--public-url <url>", "where the links in the email point (default PUBLIC_URL)")
    .action(async (options: PreviewOptions) => {
      process.exitCode = await withUserErrors(io, () => preview(options, io));
    });
}

/** Renders the preview and writes it; returns the exit code. */
export async function preview(options: PreviewOptions, io: Io): Promise<number> {
  const frequency = parseFrequency(options.frequency);
  const segment = {
    regions: parseRegions(options.regions),
    beats: parseBeats(options.beats),
  };
  const env = readEnv();
  const publicUrl = (options.publicUrl ?? env.PUBLIC_URL).replace(/\/+$/, "");
  const store = await createStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  let result: PreviewResult;
  try {
    result = await renderPreview(store.db, {
      frequency,
      segment,
      publicUrl,
      schedule: scheduleOf(env),
    });
  } finally {
    await store.close();
  }
  if (result.kind === "no-articles") {
    throw new NothingToShowError(
      `no classified articles came in during ${result.span}: ingest a dump (\`newsdesk ingest FILE --wait\`)${frequency === "daily" ? " or try --frequency weekly" : ""}`,
    );
  }
  if (result.kind === "no-match") {
    throw new NothingToShowError(
      `nothing in ${result.span} matches ${describeSegment(segment)}: widen --regions or --beats`,
    );
  }
  const { edition, template, email, span } = result;
  const output = options.text ? email.text : email.html;
  if (options.out) {
    await writeOutputFile(options.out, output);
    const sections = edition.sections.length;
    io.stderr.write(
      `wrote ${options.out}: ${countOf(template.storyCount, "story", "stories")}, ${formatBytes(Buffer.byteLength(output))} (edition: ${countOf(sections, "region")} in ${span})\n`,
    );
  } else {
    io.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  }
  // For the editor: stories left out to stay under Gmail's clipping size, MJML's warnings.
  for (const warning of template.warnings) io.stderr.write(`warning: ${warning}\n`);
  return 0;
}

function describeSegment(segment: { regions: string[]; beats: string[] }): string {
  const parts = [
    segment.regions.length > 0 ? `regions ${segment.regions.join(", ")}` : "",
    segment.beats.length > 0 ? `beats ${segment.beats.join(", ")}` : "",
  ].filter(Boolean);
  return parts.join(" and ") || "the preview";
}
