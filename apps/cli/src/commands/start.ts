import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import type { Io } from "../io.js";
import { formatParseResult, parseInput } from "./parse.js";

const DUMP_EXTENSIONS = /\.(?:txt|json|ndjson|jsonl)$/i;

/**
 * `newsdesk start`: runs Newsdesk on its embedded defaults. For now that is the parser over
 * the demo dumps in `samples/`; the queue, worker and digest join it as they are built.
 */
export function registerStartCommand(program: Command, io: Io): void {
  program
    .command("start")
    .description("run Newsdesk on embedded defaults (today: parse the demo dumps)")
    .option("--samples <dir>", "folder of demo dumps to read", "samples")
    .action(async (options: { samples: string }) => {
      const files = (await readdir(options.samples))
        .filter((name) => DUMP_EXTENSIONS.test(name))
        .sort();
      if (files.length === 0) {
        io.stderr.write(
          `no dumps in ${options.samples}: add .txt, .json or .ndjson files there.\n`,
        );
        process.exitCode = 1;
        return;
      }
      for (const name of files) {
        const result = await parseInput(join(options.samples, name), "auto", io);
        io.stdout.write(`\n${name}\n${formatParseResult(result)}`);
      }
    });
}
