/**
 * A minimal WebAssembly assembler: just what the byte-search kernel (kernel.ts) needs to be built
 * at run time for the rules' own keywords, with no tool chain and no binary committed.
 *
 * Code is written as arrays of opcodes (the `op` table) and immediates; `module` wraps functions,
 * one exported memory and their exports into a binary. Every opcode is from the WebAssembly core
 * and fixed-width SIMD specifications (SIMD is in every Node.js release pdguard supports).
 */

/** Unsigned LEB128. */
export function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

/** Signed LEB128 (i32 immediates). */
export function sleb(value: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    const done = (value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const simd = (code: number): number[] => [0xfd, ...uleb(code)];

export const T = { i32: 0x7f, v128: 0x7b, void: 0x40 } as const;

export const op = {
  block: (type: number = T.void) => [0x02, type],
  loop: (type: number = T.void) => [0x03, type],
  if: (type: number = T.void) => [0x04, type],
  else: [0x05],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  return: [0x0f],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  tee: (local: number) => [0x22, ...uleb(local)],
  i32: (value: number) => [0x41, ...sleb(value)],
  load8u: (offset = 0) => [0x2d, 0x00, ...uleb(offset)],
  eqz: [0x45],
  eq: [0x46],
  ne: [0x47],
  ltS: [0x48],
  geS: [0x4e],
  ltU: [0x49],
  gtU: [0x4b],
  leU: [0x4d],
  geU: [0x4f],
  clz: [0x67],
  ctz: [0x68],
  popcnt: [0x69],
  add: [0x6a],
  sub: [0x6b],
  and: [0x71],
  or: [0x72],
  xor: [0x73],
  shl: [0x74],
  shrU: [0x76],
  /** v128.load with no alignment promise and an offset. */
  vload: (offset = 0) => [...simd(0x00), 0x00, ...uleb(offset)],
  /** A v128 with `byte` in each of its 16 lanes. */
  vconst: (byte: number) => [...simd(0x0c), ...new Array<number>(16).fill(byte & 0xff)],
  /** A v128 of these 16 bytes. */
  vbytes: (bytes: readonly number[]) => [...simd(0x0c), ...bytes.map((b) => b & 0xff)],
  /** i8x16.swizzle: lane k of the first operand at index lane k of the second (0 past 15). */
  swizzle: simd(0x0e),
  splat8: simd(0x0f),
  eq8: simd(0x23),
  ne8: simd(0x24),
  geU8: simd(0x2c),
  vand: simd(0x4e),
  vor: simd(0x50),
  anyTrue: simd(0x53),
  bitmask8: simd(0x64),
  /** i8x16.shr_u by an i32 count. */
  shrU8: simd(0x6d),
};

export interface WasmFunction {
  name: string;
  params: number[];
  results: number[];
  /** Extra locals after the parameters, by type. */
  locals: number[];
  body: number[][];
}

/**
 * Appends the bytes of every item to `out`, in place. Assembling with spreads and `flat()` copied
 * each function's body several times over, element by element: 15 to 20 ms of every scan's
 * start-up for a 10 KB module; this is well under a millisecond.
 */
function append(out: number[], items: readonly (readonly number[])[]): number[] {
  for (const item of items) for (let k = 0; k < item.length; k++) out.push(item[k]!);
  return out;
}

const vec = (items: readonly (readonly number[])[]): number[] => append(uleb(items.length), items);
const section = (id: number, content: readonly number[]): number[] => append([id, ...uleb(content.length)], [content]);
const name = (text: string): number[] => append(uleb(Buffer.byteLength(text, 'utf8')), [[...Buffer.from(text, 'utf8')]]);

/** A module with one exported memory (`memory`, `pages` of 64 KB, growable) and these functions. */
export function module(functions: WasmFunction[], pages: number): Uint8Array {
  const types = functions.map((f) => append([0x60], [vec(f.params.map((p) => [p])), vec(f.results.map((r) => [r]))]));
  const code = functions.map((f) => {
    const body = append(vec(f.locals.map((type) => [1, type])), f.body);
    body.push(...op.end);
    return append(uleb(body.length), [body]);
  });
  const exports = [
    append(name('memory'), [[0x02, 0]]),
    ...functions.map((f, i) => append(name(f.name), [[0x00], uleb(i)])),
  ];
  return new Uint8Array(append([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], [
    section(1, vec(types)),
    section(3, vec(functions.map((_, i) => uleb(i)))),
    section(5, vec([[0x00, ...uleb(pages)]])),
    section(7, vec(exports)),
    section(10, vec(code)),
  ]));
}
