// Shared building blocks of the public schemas: number formats, bounded numbers, sources.
import * as z from "zod/mini";

/** Number formats: of weights, of the KV cache and of the arithmetic (activations). */
export const PRECISIONS = ["fp32", "bf16", "fp16", "fp8", "int8", "int4", "fp4"] as const;
export const Precision = z.enum(PRECISIONS);
export type Precision = z.output<typeof Precision>;

/**
 * Quantization formats people pick by name, for weights only (shared/formats.ts says what each stores and computes
 * in): AWQ and GPTQ 4-bit, llama.cpp's GGUF Q4_K_M and Q8_0, NVIDIA's NVFP4.
 */
export const NAMED_FORMATS = ["awq", "gptq", "gguf-q4_k_m", "gguf-q8_0", "nvfp4"] as const;
export const WEIGHT_FORMATS = [...PRECISIONS, ...NAMED_FORMATS] as const;
export const WeightFormat = z.enum(WEIGHT_FORMATS);
export type WeightFormat = z.output<typeof WeightFormat>;

export const DEPLOYMENTS = ["local", "cloud", "edge", "hybrid"] as const;
export const Deployment = z.enum(DEPLOYMENTS);
export type Deployment = z.output<typeof Deployment>;

/** A finite number in [min, max]; the bounds keep every derived figure finite. */
export const bounded = (min: number, max: number, description?: string) => {
  const schema = z.number().check(z.gte(min), z.lte(max));
  return description ? schema.check(z.describe(description)) : schema;
};

/** An integer in [min, max]. */
export const boundedInt = (min: number, max: number, description?: string) => {
  const schema = z.int().check(z.gte(min), z.lte(max));
  return description ? schema.check(z.describe(description)) : schema;
};

/** Where a catalog figure comes from. */
export const Source = z.object({
  fields: z.array(z.string()),
  source: z.string(),
  date: z.string(),
  confidence: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type Source = z.output<typeof Source>;
