import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDump } from "../parse-dump.js";
import { HOSTILE_SHAPES, type HostileShape, hostileDump } from "./hostile-shapes.js";

/**
 * `npm run bench`: parser throughput and peak memory on dumps of 5 MB and 50 MB built from the
 * project's samples, then the time per MB of dumps with no article boundary (hostile-shapes.ts)
 * at 0.2 MB and 2 MB. Each size runs in a fresh process so its peak memory is its own. Times
 * are CPU times (process.cpuUsage): on a shared machine other work stretches wall time, and
 * the load average is printed beside the figures.
 */
const SAMPLES_DIR = new URL("../../../../samples/", import.meta.url);
const SIZES_MB = [5, 50];
const WARM_UP_MB = 5;
const WARM_UP_ROUNDS = 3;
const WARM_TIMED_ROUNDS = 3;
const HOSTILE_MB = [0.2, 2];
// Time per MB may vary this much between sizes on a busy machine and still be linear.
const LINEAR_TOLERANCE = 1.1;

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

interface Run {
  mb: number;
  /** CPU seconds of the parse (the fastest of a warm run's parses). */
  seconds: number;
  /** Wall seconds of the parse (likewise). */
  wallSeconds: number;
  articles: number;
  peakRss: number;
  rssBefore: number;
}

/**
 * One parse of the dump at `path`, in this process. `warm` parses a dump of its own first, so
 * the time is the compiled parser's steady pace; a cold run's time includes compiling, and its
 * memory peak is the parse's own (a warm-up would have grown the heap beforehand).
 */
function measure(path: string, warm: boolean): Run {
  if (warm) {
    // Optimized code settles over a few parses, not one.
    const warmUp = buildDump(WARM_UP_MB);
    for (let round = 0; round < WARM_UP_ROUNDS; round++) parseDump(warmUp);
  }
  // A forced collection shrinks the young generation, which a warm run would then pay to grow
  // again as no process that keeps parsing does: only the cold run, for its memory, starts clean.
  if (!warm) global.gc?.();
  // The baseline is the process with its input read: what parsing adds is what is measured.
  const input = readFileSync(path);
  pageIn(input);
  const before = process.memoryUsage().rss;
  // Other work on a shared machine only ever adds time: a warm run keeps its fastest of a few.
  let seconds = Number.POSITIVE_INFINITY;
  let wallSeconds = Number.POSITIVE_INFINITY;
  let articles = 0;
  for (let round = 0; round < (warm ? WARM_TIMED_ROUNDS : 1); round++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    articles = parseDump(input).articles.length;
    wallSeconds = Math.min(wallSeconds, (performance.now() - started) / 1000);
    seconds = Math.min(seconds, cpuSeconds(process.cpuUsage(cpu)));
  }
  return {
    mb: input.byteLength / (1024 * 1024),
    seconds,
    wallSeconds,
    articles,
    peakRss: process.resourceUsage().maxRSS * 1024,
    rssBefore: before,
  };
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(1))
    .join(" ");
}

/**
 * Touches every page of a freshly read buffer. The first pass over 50 MB just read from a file
 * costs ~80 ms of page faults here, whatever reads it: that is reading the file, not parsing it.
 */
function pageIn(bytes: Uint8Array): void {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4096) sum += bytes[i] as number;
  // Using the sum keeps the reads from being optimized away.
  if (sum < 0) throw new Error("unreachable");
}

/**
 * CPU seconds to parse `shape` at each of HOSTILE_MB, after one parse of the smallest: the
 * fastest of two parses, since other work on a shared machine only ever adds time.
 */
function measureShape(shape: HostileShape): number[] {
  const dumps = HOSTILE_MB.map((mb) => Buffer.from(hostileDump(shape, mb * 1024 * 1024)));
  parseDump(dumps[0] as Buffer);
  return dumps.map((dump) => {
    let seconds = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 2; round++) {
      const cpu = process.cpuUsage();
      parseDump(dump);
      seconds = Math.min(seconds, cpuSeconds(process.cpuUsage(cpu)));
    }
    return seconds;
  });
}

function printHostileShapes(run: (shape: HostileShape) => number[]): void {
  console.log(
    `\nhostile shapes: no article boundary for megabytes (warm, CPU time, the fastest of 2 parses)\n${"shape".padEnd(22)}${HOSTILE_MB.map((mb) => `${mb} MB time   s/MB`.padStart(20)).join("")}   10x vs 1x per MB`,
  );
  for (const shape of HOSTILE_SHAPES) {
    const seconds = run(shape);
    const perMb = seconds.map((s, i) => s / (HOSTILE_MB[i] as number));
    const cells = seconds.map((s, i) =>
      `${s.toFixed(2)} s ${(perMb[i] as number).toFixed(2)}`.padStart(20),
    );
    const growth = (perMb[1] as number) / (perMb[0] as number);
    console.log(`${shape.padEnd(22)}${cells.join("")}   ${growth.toFixed(2).padStart(10)}x`);
  }
  console.log(
    `targets: each shape < 2 s at ${HOSTILE_MB.at(-1)} MB, time per MB flat (<= 1.00x, up to noise)`,
  );
}

function main(): void {
  const [child, mode] = process.argv.slice(2);
  if (child === "--shape") {
    process.stdout.write(`${JSON.stringify(measureShape(mode as HostileShape))}\n`);
    return;
  }
  if (child) {
    process.stdout.write(`${JSON.stringify(measure(child, mode === "warm"))}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-parse-bench-"));
  const run = (path: string, mode: "cold" | "warm"): Run =>
    JSON.parse(
      execFileSync(process.execPath, ["--expose-gc", self, path, mode], { encoding: "utf8" }),
    ) as Run;
  console.log("parser benchmark: one core, dumps built from samples/*.txt");
  console.log(
    `cold: the first parse in a fresh process; warm: after parsing a ${WARM_UP_MB} MB dump ${WARM_UP_ROUNDS} times, the fastest of ${WARM_TIMED_ROUNDS} parses`,
  );
  console.log(
    `times are CPU seconds; wall-clock throughput beside them. Load average (1, 5, 15 min) at the start: ${loadAverage()}\n`,
  );
  console.log(
    "size      cold time   warm time   warm throughput (wall)   articles   cold peak RSS   over input",
  );
  const rows: Run[] = [];
  const colds: Run[] = [];
  const overInputs: number[] = [];
  for (const size of SIZES_MB) {
    const path = join(dir, `dump-${size}mb.txt`);
    writeFileSync(path, buildDump(size));
    const cold = run(path, "cold");
    const warm = run(path, "warm");
    rmSync(path);
    rows.push(warm);
    colds.push(cold);
    const overInput = (cold.peakRss - cold.rssBefore) / (cold.mb * 1024 * 1024);
    console.log(
      `${cold.mb.toFixed(1).padStart(5)} MB ${cold.seconds.toFixed(2).padStart(8)} s ${warm.seconds.toFixed(2).padStart(9)} s ${(warm.mb / warm.seconds).toFixed(1).padStart(12)} MB/s (${(warm.mb / warm.wallSeconds).toFixed(1)}) ${String(cold.articles).padStart(10)} ${(cold.peakRss / 2 ** 20).toFixed(0).padStart(12)} MB ${overInput.toFixed(1).padStart(11)}x`,
    );
    overInputs.push(overInput);
  }
  const [small, large] = rows as [Run, Run];
  const growth = large.seconds / large.mb / (small.seconds / small.mb);
  console.log(
    `\nwarm time per MB at ${large.mb.toFixed(0)} MB vs ${small.mb.toFixed(0)} MB: ${growth.toFixed(2)}x (1.00 is linear)`,
  );
  // What parsing adds to memory, as a line through the two sizes: a fixed part (the heap any
  // parse grows, compiled code) and a part per MB, which is what a large dump's ratio tends to.
  const [smallCold, largeCold] = colds as [Run, Run];
  const added = (run: Run) => (run.peakRss - run.rssBefore) / 2 ** 20;
  const perMb = (added(largeCold) - added(smallCold)) / (largeCold.mb - smallCold.mb);
  console.log(
    `memory added: ${perMb.toFixed(1)} MB per MB of input, over a fixed ${(added(smallCold) - perMb * smallCold.mb).toFixed(0)} MB (why the small dump's ratio is higher)`,
  );
  const throughput = large.mb / large.seconds;
  const largeOverInput = overInputs.at(-1) as number;
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  console.log(
    `targets, on the ${large.mb.toFixed(0)} MB dump: >= 25 MB/s warm (CPU): ${throughput.toFixed(1)}, ${verdict(throughput >= 25)}; peak memory < 6x the input: ${largeOverInput.toFixed(1)}x, ${verdict(largeOverInput < 6)}; linear growth (<= ${LINEAR_TOLERANCE.toFixed(2)}x, up to noise): ${growth.toFixed(2)}x, ${verdict(growth <= LINEAR_TOLERANCE)}`,
  );
  console.log(`load average at the end: ${loadAverage()}`);
  rmSync(dir, { recursive: true, force: true });
  printHostileShapes(
    (shape) =>
      JSON.parse(
        execFileSync(process.execPath, [self, "--shape", shape], { encoding: "utf8" }),
      ) as number[],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
