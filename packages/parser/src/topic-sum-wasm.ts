/**
 * Loads the topic vectors' sum in WebAssembly (topic-vectors.ts): the module is
 * src/wasm/topic-sum.wat, its bytes committed in topic-sum-binary.ts (`npm run wasm` writes
 * them), so the parse needs no WebAssembly tooling. Here: the memory, sized for the rows' table
 * and a batch of row offsets, and where each lies in it; the module takes every address as a
 * parameter, so nothing here has to agree with the binary but the function's signature.
 */
import { TOPIC_SUM_WASM } from "./wasm/topic-sum-binary.js";

// Node runs WebAssembly; the project's TypeScript libraries (no DOM) do not declare it: what is
// used of it here.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: object);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    constructor(descriptor: { initial: number });
    readonly buffer: ArrayBuffer;
  }
}

/** The module's memory, where each part lies in it (byte addresses), and its one function. */
export interface TopicSumModule {
  readonly memory: WebAssembly.Memory;
  /** The rows' table: `rows` rows of 32 float32s. */
  readonly tableAt: number;
  /** The 32 float32 sums the function adds to. */
  readonly outAt: number;
  /** Up to `rowCapacity` rows' byte offsets from tableAt, as int32s: the rows to add. */
  readonly rowsAt: number;
  /** Adds the `count` rows listed at `rowsAt` to the sums at `outAt` (topic-sum.wat). */
  readonly sum: (tableAt: number, outAt: number, rowsAt: number, count: number) => void;
}

const PAGE = 65536;
const ROW_BYTES = 32 * 4;

/**
 * The compiled module over a memory for `rows` rows and batches of up to `rowCapacity`, or null
 * where this engine runs no WebAssembly SIMD (or none at all, as under --jitless): the caller
 * then sums in JavaScript.
 */
export function compileTopicSum(rows: number, rowCapacity: number): TopicSumModule | null {
  // The table first, then the sums (16-aligned as it is, for v128 loads), then the row offsets.
  const tableAt = 0;
  const outAt = tableAt + rows * ROW_BYTES;
  const rowsAt = outAt + ROW_BYTES;
  const pages = Math.max(1, Math.ceil((rowsAt + rowCapacity * 4) / PAGE));
  try {
    const memory = new WebAssembly.Memory({ initial: pages });
    const module = new WebAssembly.Module(Buffer.from(TOPIC_SUM_WASM, "base64"));
    const { exports } = new WebAssembly.Instance(module, { env: { memory } });
    const sum = exports.sum as TopicSumModule["sum"];
    return { memory, tableAt, outAt, rowsAt, sum };
  } catch {
    return null;
  }
}
