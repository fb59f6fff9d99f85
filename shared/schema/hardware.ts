// A device spec: capacity, bandwidth, dense peak compute per number format, power, links and prices.
import * as z from "zod/mini";
import { bounded } from "./common.js";

const tflops = () => z.optional(bounded(0.001, 1_000_000));

export const TflopsByPrecision = z.object({
  fp32: tflops(),
  bf16: tflops(),
  fp16: tflops(),
  fp8: tflops(),
  int8: tflops(),
  int4: tflops(),
  fp4: tflops(),
});
export type TflopsByPrecision = z.output<typeof TflopsByPrecision>;

export const HardwareSpec = z.object({
  name: z._default(z.string().check(z.maxLength(200)), "custom hardware"),
  memoryGB: bounded(0.01, 1_000_000, "memory capacity per device, GB (10^9 bytes)"),
  bandwidthGBps: bounded(0.01, 10_000_000, "memory bandwidth per device, GB/s"),
  tflops: TflopsByPrecision.check(z.describe("dense (non-sparse) peak TFLOPS per number format")),
  powerW: z.optional(bounded(0.1, 1_000_000, "board power, W")),
  interconnectGBps: z.optional(
    bounded(0.01, 10_000_000, "device-to-device bandwidth as datasheets quote it (both directions), GB/s"),
  ),
  hourlyUSD: z.optional(bounded(0, 1_000_000, "rental price per device-hour, USD")),
  purchaseUSD: z.optional(bounded(0, 1_000_000_000, "purchase price per device, USD")),
});
export type HardwareSpec = z.output<typeof HardwareSpec>;
export type HardwareSpecInput = z.input<typeof HardwareSpec>;
