import { type DumpFormat, type ParseResult, parseDump } from "@newsdesk/parser";
import type { Command } from "commander";
import { Option } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import type { Io } from "../io.js";
import { readInput } from "../read-dump-input.js";
import { renderTable } from "../render-table.js";

export interface ParseCommandOptions {
  format: DumpFormat;
  json?: boolean;
}

/** Reads and parses one dump (a path, or `-` for standard input). */
export async function parseInput(path: string, format: DumpFormat, io: Io): Promise<ParseResult> {
  return parseDump(await readInput(path, io), { format });
}

export const formatOption = new Option("--format <format>", "how the dump is laid out")
  .choices(["auto", "text", "json", "ndjson"])
  .default("auto");

/** `newsdesk parse FILE|-`: splits a dump into articles. */
export function registerParseCommand(program: Command, io: Io): void {
  program
    .command("parse")
    .description(COMMAND_SUMMARIES.parse.description)
    .argument("<file>", "the dump to read, or - for standard input")
    .addOption(formatOption)
    .option("--json", "print the JSON document other tools read (docs/json-contract.md)")
    .action(async (file: string, options: ParseCommandOptions) => {
      const result = await parseInput(file, options.format, io);
      io.stdout.write(
        options.json ? `${JSON.stringify(result, null, 2)}\n` : formatParseResult(result),
      );
    });
}

/** The readable summary: one row per article, then the warnings. */
export function formatParseResult(result: ParseResult): string {
  const rows = result.articles.map((article, i) => [
    String(i + 1),
    `${article.headlineSource === "derived" ? "~ " : ""}${article.headline}`,
    `${article.startLine}-${article.endLine}`,
    String(article.wordCount),
    article.contributors.join(", ") || "-",
  ]);
  let out = renderTable(["#", "headline (~ derived)", "lines", "words", "contributors"], rows);
  out += `\n${result.articles.length} article${result.articles.length === 1 ? "" : "s"}`;
  out +=
    result.warnings.length > 0
      ? `, ${result.warnings.length} warning${result.warnings.length === 1 ? "" : "s"}:\n`
      : "\n";
  for (const warning of result.warnings)
    out += `  line ${warning.line}: ${warning.code}: ${warning.message}\n`;
  return out;
}
