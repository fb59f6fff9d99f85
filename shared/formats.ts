// Weight formats: what a weight costs to store and stream (bits, scales included) and what the matrix products
// run in. Weight-only formats (AWQ, GPTQ, GGUF, int8/int4) keep 16-bit arithmetic and dequantize the weights inside
// the kernel: they shrink memory and the bytes each step streams, not the FLOPs.
import type { Precision, WeightFormat } from "./schema/common.js";

export type FormatInfo = {
  /** Bits one weight takes, with its share of the block scales and zero points. */
  bitsPerWeight: number;
  /** The arithmetic the matrix products run in, unless the request says otherwise. */
  computes: Precision;
  /** The KV-cache format, unless the request says otherwise. */
  kvCache: Precision;
};

const sixteen = (p: "fp32" | "bf16" | "fp16"): FormatInfo => ({ bitsPerWeight: p === "fp32" ? 32 : 16, computes: p, kvCache: p });
const weightOnly = (bitsPerWeight: number): FormatInfo => ({ bitsPerWeight, computes: "fp16", kvCache: "fp16" });

export const FORMATS: Readonly<Record<WeightFormat, FormatInfo>> = {
  fp32: sixteen("fp32"),
  bf16: sixteen("bf16"),
  fp16: sixteen("fp16"),
  // TensorRT-LLM's FP8 recipe: FP8 weights and activations, FP8 KV cache; one scale per tensor (negligible).
  fp8: { bitsPerWeight: 8, computes: "fp8", kvCache: "fp8" },
  // Weight-only int8 (W8A16), one scale per channel.
  int8: weightOnly(8),
  // 4-bit weights with one fp16 scale per 32 (llama.cpp Q4_0, GPTQ-style g32): 18 bytes / 32 = 4.5 bits.
  int4: weightOnly(4.5),
  // OCP Microscaling MXFP4: 32 fp4 elements share one 8-bit (E8M0) scale: 4.25 bits; weight-only unless told.
  fp4: weightOnly(4.25),
  // AWQ (AutoAWQ defaults: 4 bits, group 128, zero points): per group an fp16 scale and a 4-bit zero, 4 + 20/128 bits.
  awq: weightOnly(4 + 20 / 128),
  // GPTQ 4-bit, group 128, symmetric (the layout Marlin runs): an fp16 scale per group, 4 + 16/128 = 4.125 bits
  // (Marlin's README: "ideal 3.87x" over fp16 for this overhead).
  gptq: weightOnly(4 + 16 / 128),
  // llama.cpp Q4_K_M mixes Q4_K and Q6_K tensors: 4.83 bits per weight on Llama 2 13B (4.84 on 7B, 4.80 on 70B),
  // ggml-org/llama.cpp tools/quantize/README.md, BPW tables.
  "gguf-q4_k_m": weightOnly(4.83),
  // llama.cpp Q8_0: blocks of 32 int8 weights with one fp16 scale, 34 bytes / 32 = 8.5 bits.
  "gguf-q8_0": weightOnly(8.5),
  // NVIDIA NVFP4 (Blackwell): 4-bit E2M1 values, an FP8 (E4M3) scale per 16 (plus a per-tensor FP32 one): 4.5 bits.
  // Weights and activations in FP4 (TensorRT-LLM's NVFP4 recipe), FP8 KV cache.
  nvfp4: { bitsPerWeight: 4.5, computes: "fp4", kvCache: "fp8" },
};

/** Bytes one weight takes in a format. */
export const bytesPerWeight = (f: WeightFormat): number => FORMATS[f].bitsPerWeight / 8;

/**
 * Whether the weights are stored narrower than the arithmetic runs: weight-only kernels (Marlin, AWQ's GEMV,
 * llama.cpp's) dequantize in the inner loop, so their small batches stay bound by the bytes they stream.
 */
export const isWeightOnly = (weights: WeightFormat, activations: Precision): boolean =>
  FORMATS[weights].bitsPerWeight < FORMATS[activations].bitsPerWeight;
