import type { Classification, Classifier, Explanation } from "@newsdesk/classifier";
import { createClassifier } from "@newsdesk/classifier";
import type { Article, DumpFormat, ParseResult } from "@newsdesk/parser";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import type { Io } from "../io.js";
import { renderTable } from "../render-table.js";
import { formatOption, parseInput } from "./parse.js";

export interface ClassifyCommandOptions {
  format: DumpFormat;
  json?: boolean;
  explain?: boolean;
}

/** One article of the classify document (docs/json-contract.md): the parsed article plus its labels. */
export type ClassifiedArticle = Article &
  Classification & { explanation?: Omit<Explanation, keyof Classification> };

/** The `classify --json` document: the parse document, each article with its labels. */
export interface ClassifyResult {
  articles: ClassifiedArticle[];
  warnings: ParseResult["warnings"];
}

/** Classifies every article of a parsed dump; with `explain`, keeps the evidence too. */
export function classifyParsed(
  result: ParseResult,
  classifier: Classifier,
  explain = false,
): ClassifyResult {
  return {
    articles: result.articles.map((article) => {
      if (!explain) return { ...article, ...classifier.classify(article) };
      const { beats, regions, places, people, evidence, ...explanation } =
        classifier.explain(article);
      return { ...article, beats, regions, places, people, evidence, explanation };
    }),
    warnings: result.warnings,
  };
}

/** `newsdesk classify FILE|-`: parses a dump, then labels each article with beats and regions. */
export function registerClassifyCommand(program: Command, io: Io): void {
  program
    .command("classify")
    .description(COMMAND_SUMMARIES.classify.description)
    .argument("<file>", "the dump to read, or - for standard input")
    .addOption(formatOption)
    .option("--json", "print the JSON document other tools read (docs/json-contract.md)")
    .option("--explain", "show the evidence behind each beat and region")
    .action(async (file: string, options: ClassifyCommandOptions) => {
      const parsed = await parseInput(file, options.format, io);
      const result = classifyParsed(parsed, createClassifier(), options.explain === true);
      io.stdout.write(
        options.json
          ? `${JSON.stringify(result, null, 2)}\n`
          : formatClassifyResult(result, options.explain === true),
      );
    });
}

/** The readable summary: one row per article; with `explain`, the evidence under the table. */
export function formatClassifyResult(result: ClassifyResult, explain = false): string {
  const rows = result.articles.map((a, i) => [
    String(i + 1),
    a.headline,
    label(a.beats[0]),
    label(a.regions[0]),
    a.places
      .slice(0, 3)
      .map((p) => p.name)
      .join(", ") || "-",
  ]);
  let out = renderTable(["#", "headline", "beat", "region", "top places"], rows);
  out += `\n${result.articles.length} article${result.articles.length === 1 ? "" : "s"}`;
  out +=
    result.warnings.length > 0
      ? `, ${result.warnings.length} parse warning${result.warnings.length === 1 ? "" : "s"}\n`
      : "\n";
  if (!explain) return out;
  result.articles.forEach((a, i) => {
    const e = a.explanation;
    out += `\n#${i + 1} ${a.headline}\n`;
    if (e?.dateline) out += `  dateline: ${e.dateline}\n`;
    // Where the wording pattern overturned the model, its words are why, not the model's.
    const over = a.evidence.wordingOver;
    const beatWhy = over
      ? `the wording of ${quoted(a.evidence.beat)}, over ${over}`
      : quoted(a.evidence.beat);
    out += `  why: ${a.beats[0]?.id ?? "-"} for ${beatWhy}; ${a.regions[0]?.id ?? "-"} for ${quoted(a.evidence.region)}\n`;
    out += `  beats: ${a.beats.map((b) => `${b.id} ${b.score.toFixed(2)}`).join(", ") || "-"}\n`;
    // Each beat the model weighed, with its logit and the words that raised it most.
    for (const b of e?.beatEvidence.slice(0, 5) ?? []) {
      const terms = b.terms.slice(0, 8).map((t) => `${t.term} +${t.contribution.toFixed(2)}`);
      const by = b.wordingOver ? ` wording over ${b.wordingOver}` : "";
      out += `    ${b.id} (p ${b.score.toFixed(2)}${by}): ${terms.join(", ") || "-"}\n`;
    }
    out += `  regions: ${a.regions.map((r) => `${r.id} ${r.score.toFixed(2)}`).join(", ") || "-"}\n`;
    for (const r of e?.regionEvidence ?? []) {
      const places = r.places
        .slice(0, 8)
        .map((p) => `${p.name} [${p.zones.join("/")}] ${p.contribution.toFixed(1)}`);
      out += `    ${r.id} (${r.raw.toFixed(1)}): ${places.join("; ")}\n`;
    }
    if (a.people.length > 0) out += `  people: ${a.people.slice(0, 8).join(", ")}\n`;
  });
  return out;
}

const quoted = (terms: string[]) =>
  terms.length > 0 ? terms.map((t) => `"${t}"`).join(", ") : "nothing in particular";

const label = (l: { id: string; score: number } | undefined) =>
  l ? `${l.id} ${l.score.toFixed(2)}` : "-";
