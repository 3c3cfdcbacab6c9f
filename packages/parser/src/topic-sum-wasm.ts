/**
 * The topic vectors' sum (topic-vectors.ts) in WebAssembly, four dimensions to an instruction.
 * In JavaScript every stem and dimension cost a typed-array load with its bounds check, an add
 * and the rounding to 32 bits (Math.fround, two conversions); here `f32x4.add` adds four 32-bit
 * floats at once, each rounded as Math.fround rounds the double sum of two 32-bit floats (a
 * double holds that sum exactly enough that rounding it once more changes nothing), so the
 * vector is the same number for number.
 *
 * The module is written out here, instruction by instruction, as its binary is short: one
 * function, `sum(count)`, that adds to the 32 floats at `outAt` the rows whose byte addresses
 * stand at `rowsAt` (count of them, in order), each row 32 floats; the rows' table is copied
 * into the module's memory once, from address 0.
 */

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
    readonly buffer: ArrayBuffer;
  }
}

/** What JavaScript holds of the compiled module: its memory and its one function. */
export interface TopicSumModule {
  readonly memory: WebAssembly.Memory;
  readonly sum: (count: number) => void;
}

const PAGE = 65536;
const DIMENSIONS = 32;
const LANES = 4;
const ACCUMULATORS = DIMENSIONS / LANES;

// Opcodes used (WebAssembly core and SIMD proposals, binary format).
const I32 = 0x7f;
const V128 = 0x7b;
const BLOCK = 0x02;
const LOOP = 0x03;
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const I32_LOAD = 0x28;
const I32_CONST = 0x41;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_SHL = 0x74;
const SIMD = 0xfd;
const V128_LOAD = 0x00;
const V128_STORE = 0x0b;
const F32X4_ADD = 0xe4; // 228, two bytes as LEB128 (unsigned)
const VOID_BLOCK = 0x40;

/** Unsigned LEB128. */
function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
function sleb(value: number): number[] {
  const out: number[] = [];
  let v = value | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function name(text: string): number[] {
  return [...uleb(text.length), ...Array.from(text, (char) => char.charCodeAt(0))];
}

// A memory access: alignment (log2) and offset.
const memarg = (alignLog2: number, offset: number) => [...uleb(alignLog2), ...uleb(offset)];

/** The body of sum(count): locals 0 count, 1 at (row address pointer), 2 end, 3-10 sums, 11 row. */
function sumBody(rowsAt: number, outAt: number): number[] {
  const COUNT = 0;
  const AT = 1;
  const END_AT = 2;
  const SUM = 3;
  const ROW = SUM + ACCUMULATORS;
  const code: number[] = [];
  // end = rowsAt + count * 4; at = rowsAt
  code.push(LOCAL_GET, COUNT, I32_CONST, ...sleb(2), I32_SHL, I32_CONST, ...sleb(rowsAt));
  code.push(I32_ADD, LOCAL_SET, END_AT, I32_CONST, ...sleb(rowsAt), LOCAL_SET, AT);
  for (let k = 0; k < ACCUMULATORS; k++)
    code.push(I32_CONST, 0, SIMD, V128_LOAD, ...memarg(4, outAt + 16 * k), LOCAL_SET, SUM + k);
  code.push(BLOCK, VOID_BLOCK, LOOP, VOID_BLOCK);
  code.push(LOCAL_GET, AT, LOCAL_GET, END_AT, I32_GE_U, BR_IF, 1);
  code.push(LOCAL_GET, AT, I32_LOAD, ...memarg(2, 0), LOCAL_SET, ROW);
  // The rows in order, each dimension's sum rounded after every add, as before.
  for (let k = 0; k < ACCUMULATORS; k++) {
    code.push(LOCAL_GET, SUM + k, LOCAL_GET, ROW, SIMD, V128_LOAD, ...memarg(4, 16 * k));
    code.push(SIMD, ...uleb(F32X4_ADD), LOCAL_SET, SUM + k);
  }
  code.push(LOCAL_GET, AT, I32_CONST, ...sleb(4), I32_ADD, LOCAL_SET, AT, BR, 0, END, END);
  for (let k = 0; k < ACCUMULATORS; k++)
    code.push(I32_CONST, 0, LOCAL_GET, SUM + k, SIMD, V128_STORE, ...memarg(4, outAt + 16 * k));
  code.push(END);
  const locals = [3, ...uleb(2), I32, ...uleb(ACCUMULATORS), V128, ...uleb(1), I32];
  const body = [...locals, ...code];
  return [...uleb(body.length), ...body];
}

/** The module's binary, for a table of `rows` rows and up to `rowCapacity` rows a call. */
export function topicSumBinary(rows: number, rowCapacity: number): Uint8Array {
  const outAt = rows * DIMENSIONS * 4;
  const rowsAt = outAt + DIMENSIONS * 4;
  const pages = Math.ceil((rowsAt + rowCapacity * 4) / PAGE);
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 1, I32, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0, ...uleb(pages)]),
    ...section(7, [2, ...name("memory"), 0x02, 0, ...name("sum"), 0x00, 0]),
    ...section(10, [1, ...sumBody(rowsAt, outAt)]),
  ];
  return Uint8Array.from(bytes);
}

/** Where the module's memory holds what: the rows' table, the sums, the row addresses. */
export function topicSumLayout(rows: number): { outAt: number; rowsAt: number } {
  const outAt = rows * DIMENSIONS * 4;
  return { outAt, rowsAt: outAt + DIMENSIONS * 4 };
}

/**
 * The compiled module, or null where this engine runs no WebAssembly SIMD (the caller then
 * sums in JavaScript).
 */
export function compileTopicSum(rows: number, rowCapacity: number): TopicSumModule | null {
  try {
    const module = new WebAssembly.Module(topicSumBinary(rows, rowCapacity));
    const { exports } = new WebAssembly.Instance(module, {});
    return {
      memory: exports.memory as WebAssembly.Memory,
      sum: exports.sum as (count: number) => void,
    };
  } catch {
    return null;
  }
}
