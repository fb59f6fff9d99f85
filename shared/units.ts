// Unit conversions and the storage size of each number format, in one place.
import type { Precision } from "./schema/common.js";

export const BYTES_PER_GB = 1e9;
export const FLOPS_PER_TFLOP = 1e12;
export const MS_PER_S = 1000;
export const HOURS_PER_YEAR = 8766; // 365.25 days

/**
 * Bytes per stored element, including the block-scale overhead real formats carry:
 * - int4: 4-bit weights with one fp16 scale per 32 weights (llama.cpp Q4_0 / GPTQ-style g32): 18 bytes / 32 = 4.5 bits.
 * - fp4: OCP Microscaling MXFP4, 32 fp4 elements share one 8-bit (E8M0) scale: 4.25 bits.
 * - fp8 / int8: one scale per tensor or channel, negligible.
 */
export const BYTES_PER_ELEMENT: Readonly<Record<Precision, number>> = {
  fp32: 4,
  bf16: 2,
  fp16: 2,
  fp8: 1,
  int8: 1,
  int4: 4.5 / 8,
  fp4: 4.25 / 8,
};

export const toGB = (bytes: number): number => bytes / BYTES_PER_GB;
