// Issue #14, thirty-second pass: a cachegrind count of the bench's loop (bench-loop.mjs) split
// into V8's garbage collector and the rest. The collector's count follows its schedule, which
// follows timings: on a loaded machine it moved by 400 M between two runs of one build, while
// the rest agreed within 20 M. Read from cg_annotate's listing of every function:
//   cg_annotate --threshold=0 OUT > OUT.txt
//   node scripts/cachegrind-collector-split.mjs OUT.txt [OUT2.txt ...]
// prints, for each, the total, the collector's part and the rest, in millions of instructions.
import { readFileSync } from "node:fs";

// The functions of the collector: scavenges, marking, sweeping, evacuation and heap visitors.
const COLLECTOR =
  /Scaveng|Marking|Sweeper|MarkCompact|Evacuat|IteratePointers|PretenuringHandler|SizeFromMap|Heap::|GCTracer|MemoryAllocator|Compactor|RememberedSet|SlotSet|TypedSlot|LiveObject|FreeList|PagedSpace|NewSpace|SemiSpace|ArrayBufferSweeper|WeakObjects|RecordSlot|Ephemeron|HeapVisitor|ObjectVisitor|Visit[A-Z]/;

const files = process.argv.slice(2);
if (files.length === 0) {
  throw new Error("usage: node scripts/cachegrind-collector-split.mjs CG_ANNOTATE_OUTPUT...");
}
for (const file of files) {
  let total = 0;
  let collector = 0;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!m) continue;
    const count = Number((m[1] ?? "0").replaceAll(",", ""));
    const name = m[2] ?? "";
    if (name.startsWith("PROGRAM TOTALS")) total = count;
    else if (COLLECTOR.test(name)) collector += count;
  }
  const M = (x) => (x / 1e6).toFixed(0);
  console.log(
    `${file}: total ${M(total)} M, collector ${M(collector)} M, rest ${M(total - collector)} M`,
  );
}
