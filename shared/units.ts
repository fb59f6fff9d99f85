// Unit conversions and the storage size of each number format, in one place.
import { FORMATS } from "./formats.js";
import type { WeightFormat } from "./schema/common.js";

export const BYTES_PER_GB = 1e9;
export const FLOPS_PER_TFLOP = 1e12;
export const MS_PER_S = 1000;
export const HOURS_PER_YEAR = 8766; // 365.25 days

/**
 * Bytes per stored element of each number format, and of each named weight format, including the block-scale
 * overhead real formats carry (shared/formats.ts says where each figure comes from).
 */
export const BYTES_PER_ELEMENT: Readonly<Record<WeightFormat, number>> = {
  fp32: FORMATS.fp32.bitsPerWeight / 8,
  bf16: FORMATS.bf16.bitsPerWeight / 8,
  fp16: FORMATS.fp16.bitsPerWeight / 8,
  fp8: FORMATS.fp8.bitsPerWeight / 8,
  int8: FORMATS.int8.bitsPerWeight / 8,
  int4: FORMATS.int4.bitsPerWeight / 8,
  fp4: FORMATS.fp4.bitsPerWeight / 8,
  awq: FORMATS.awq.bitsPerWeight / 8,
  gptq: FORMATS.gptq.bitsPerWeight / 8,
  "gguf-q4_k_m": FORMATS["gguf-q4_k_m"].bitsPerWeight / 8,
  "gguf-q8_0": FORMATS["gguf-q8_0"].bitsPerWeight / 8,
  nvfp4: FORMATS.nvfp4.bitsPerWeight / 8,
};

export const toGB = (bytes: number): number => bytes / BYTES_PER_GB;
