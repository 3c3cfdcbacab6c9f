import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDump } from "../parse-dump.js";

/**
 * `npm run bench`: parser throughput and peak memory on dumps of 5 MB and 50 MB built from the
 * project's samples. Each size runs in a fresh process so its peak memory is its own.
 */
const SAMPLES_DIR = new URL("../../../../samples/", import.meta.url);
const SIZES_MB = [5, 50];

/** Repeats the text samples, numbering each copy's first line so no two copies are identical. */
export function buildDump(megabytes: number): Buffer {
  const samples = readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(new URL(name, SAMPLES_DIR), "utf8").replace(/\r\n/g, "\n"));
  const target = megabytes * 1024 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < target; copy++) {
    const sample = samples[copy % samples.length] as string;
    const text = `${sample.replace(/^[^\n]*/, (first) => `${first} (${copy + 1})`)}\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return Buffer.from(parts.join(""));
}

function measure(path: string): void {
  global.gc?.();
  // The baseline is the process with its input read: what parsing adds is what is measured.
  const input = readFileSync(path);
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const result = parseDump(input);
  const seconds = (performance.now() - started) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  const mb = input.byteLength / (1024 * 1024);
  process.stdout.write(
    `${JSON.stringify({ mb, seconds, articles: result.articles.length, peakRss: peak, rssBefore: before })}\n`,
  );
}

function main(): void {
  const child = process.argv[2];
  if (child) {
    measure(child);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-parse-bench-"));
  console.log("parser benchmark: one core, dumps built from samples/*.txt\n");
  console.log("size      time      throughput   articles   peak RSS   parse's peak over input");
  const rows: { mb: number; seconds: number }[] = [];
  for (const size of SIZES_MB) {
    const path = join(dir, `dump-${size}mb.txt`);
    writeFileSync(path, buildDump(size));
    const out = execFileSync(process.execPath, ["--expose-gc", self, path], { encoding: "utf8" });
    rmSync(path);
    const row = JSON.parse(out) as {
      mb: number;
      seconds: number;
      articles: number;
      peakRss: number;
      rssBefore: number;
    };
    rows.push(row);
    const mbPerSecond = row.mb / row.seconds;
    const overInput = (row.peakRss - row.rssBefore) / (row.mb * 1024 * 1024);
    console.log(
      `${row.mb.toFixed(1).padStart(5)} MB ${row.seconds.toFixed(2).padStart(6)} s ${mbPerSecond.toFixed(1).padStart(8)} MB/s ${String(row.articles).padStart(10)} ${(row.peakRss / 2 ** 20).toFixed(0).padStart(7)} MB ${overInput.toFixed(1).padStart(10)}x`,
    );
  }
  const [small, large] = rows as [{ mb: number; seconds: number }, { mb: number; seconds: number }];
  const growth = large.seconds / large.mb / (small.seconds / small.mb);
  console.log(
    `\ntime per MB at ${large.mb.toFixed(0)} MB vs ${small.mb.toFixed(0)} MB: ${growth.toFixed(2)}x (1.00 is linear)`,
  );
  console.log("targets: >= 25 MB/s, peak memory < 6x the input, linear growth");
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
