/**
 * HarfBuzz's font subsetter (the harfbuzz-subset.wasm that harfbuzzjs ships), called the
 * way the subset-font package calls it, except that each source font is copied into
 * HarfBuzz's memory and parsed once and kept for every later cut. subset-font copied and
 * parsed the 3.5 MB source again for each cut, converted formats through fontverter (which
 * loads a second WebAssembly module, wawoff2, that Podium never needs at run time), and
 * finding a source's characters took harfbuzzjs's main module as well: together ~0.17 s
 * of CPU and ~60 MB in every process that cut fonts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** What this module reads at run time from a package, which a bundler cannot see (build/scripts/build-electron.ts lists it). */
export const LAZILY_REQUIRED = ['harfbuzzjs'] as const;

/** The exports of harfbuzz-subset.wasm a cut uses (pointers are numbers into `memory`). */
interface SubsetWasm {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

/** A source font parsed in HarfBuzz's memory. */
export interface HbFace {
  readonly pointer: number;
}

export class HarfBuzzSubsetter {
  private constructor(private readonly hb: SubsetWasm) {}

  /** Compiles and starts the wasm (~50 ms). */
  static async load(): Promise<HarfBuzzSubsetter> {
    const file = createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(file));
    const hb = instance.exports as unknown as SubsetWasm;
    hb._initialize();
    return new HarfBuzzSubsetter(hb);
  }

  /** The wasm memory can grow during any call, which detaches earlier views: a fresh one at each use. */
  private heap(): Uint8Array {
    return new Uint8Array(this.hb.memory.buffer);
  }

  /** Keeps a TrueType source in HarfBuzz's memory for the life of the process (a handful of faces per process). */
  face(data: Uint8Array): HbFace {
    const pointer = this.hb.malloc(data.byteLength);
    if (pointer === 0) throw new Error(`HarfBuzz could not allocate ${data.byteLength} bytes for a font.`);
    this.heap().set(data, pointer);
    const blob = this.hb.hb_blob_create(pointer, data.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = this.hb.hb_face_create(blob, 0);
    this.hb.hb_blob_destroy(blob);
    return { pointer: face };
  }

  /** A TrueType font with the glyphs of `codePoints` (and every layout feature), as hb-subset --layout-features='*'. */
  cut(face: HbFace, codePoints: Iterable<number>): Uint8Array {
    const { hb } = this;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('hb_subset_input_create_or_fail (HarfBuzz) failed.');
    let subset: number;
    try {
      const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
      hb.hb_set_clear(features);
      hb.hb_set_invert(features);
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const point of codePoints) hb.hb_set_add(unicodes, point);
      subset = hb.hb_subset_or_fail(face.pointer, input);
    } finally {
      hb.hb_subset_input_destroy(input);
    }
    if (subset === 0) throw new Error('hb_subset_or_fail (HarfBuzz) failed: is the source font damaged?');
    const blob = hb.hb_face_reference_blob(subset);
    try {
      const length = hb.hb_blob_get_length(blob);
      if (length === 0) throw new Error('HarfBuzz made an empty font: is the source font damaged?');
      const offset = hb.hb_blob_get_data(blob, 0);
      return this.heap().slice(offset, offset + length);
    } finally {
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(subset);
    }
  }
}
