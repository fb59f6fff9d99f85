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
export const BYTES_PER_ELEMENT: Readonly<Record<WeightFormat, number>> = Object.fromEntries(
  Object.entries(FORMATS).map(([format, info]) => [format, info.bitsPerWeight / 8]),
) as Record<WeightFormat, number>;

export const toGB = (bytes: number): number => bytes / BYTES_PER_GB;
