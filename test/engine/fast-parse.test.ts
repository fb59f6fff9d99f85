// The fast parse path never disagrees with zod: whatever it accepts, zod accepts with the same output; what it
// is unsure of it leaves to zod (FAIL). And it does accept the ordinary requests, or it would be no faster.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { FAIL, fastParser } from "../../shared/fast-parse.js";
import { NO_EVAL } from "../../shared/parse.js";
import { Architecture, BreakEvenRequest, CompareRequest, EstimateRequest, HardwareSpec, RecommendRequest, SweepRequest } from "../../shared/index.js";

const valid = [
  { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 256, batchSize: 8 },
  { model: "llama-3.1-70b", hardware: "a100-80gb", deviceCount: 4, precision: { weights: "int4", kvCache: "fp8" }, inputTokens: 2048, outputTokens: 512, batchSize: "max", deployment: "local" },
  { model: { hiddenSize: 4096, numLayers: 32, numHeads: 32, intermediateSize: 11008, vocabSize: 32000, moe: { numExperts: 8, expertsPerToken: 2 } }, hardware: { memoryGB: 24, bandwidthGBps: 1000, tflops: { fp16: 165 } }, inputTokens: 100, outputTokens: 100 },
  { model: { hfConfig: { hidden_size: 4096, num_hidden_layers: 2, nested: { a: [1, 2] } } }, hardware: "l4", inputTokens: 1, outputTokens: 1, assumptions: { runtime: "eager", bandwidthEfficiency: 0.5 } },
  { model: "gpt-4o", hardware: "h100-sxm", inputTokens: 10, outputTokens: 10, deployment: "hybrid", hybrid: { share: 0.3, alternative: { model: "llama-3.1-8b", precision: "fp8" } }, extra: "dropped" },
];

/** A valid request with one field replaced by anything at all. */
const mutated = fc
  .tuple(fc.constantFrom(...valid), fc.constantFrom("model", "hardware", "deviceCount", "precision", "inputTokens", "outputTokens", "batchSize", "deployment", "hybrid", "assumptions"), fc.anything({ withNullPrototype: true, withObjectString: true }))
  .map(([base, key, value]) => ({ ...base, [key]: value }));

function agrees(schema: z.ZodMiniType, input: unknown) {
  const fast = fastParser(schema)(input);
  if (fast === FAIL) return;
  const slow = schema.safeParse(input, NO_EVAL);
  expect(slow.success).toBe(true);
  expect(fast).toStrictEqual(slow.data);
}

describe("fast parse", () => {
  it("accepts every ordinary request, with zod's output", () => {
    for (const request of valid) {
      expect(fastParser(EstimateRequest)(request)).not.toBe(FAIL);
      agrees(EstimateRequest, request);
    }
    agrees(CompareRequest, { scenarios: valid });
    agrees(SweepRequest, { base: valid[0], vary: { batchSize: [1, 2], precision: ["fp8", { weights: "int4" }] } });
    agrees(RecommendRequest, { workload: { inputTokens: 500, outputTokens: 200, requestsPerSecond: 3 }, slo: { ttftMs: 800 } });
  });

  it("never accepts what zod rejects, nor differs from zod's output (mutated requests)", () => {
    fc.assert(fc.property(mutated, (input) => agrees(EstimateRequest, input)), { numRuns: 3000 });
  });

  it.each([
    ["EstimateRequest", EstimateRequest],
    ["CompareRequest", CompareRequest],
    ["SweepRequest", SweepRequest],
    ["RecommendRequest", RecommendRequest],
    ["BreakEvenRequest", BreakEvenRequest],
    ["Architecture", Architecture],
    ["HardwareSpec", HardwareSpec],
  ] as const)("never disagrees with zod on arbitrary input (%s)", (_, schema) => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true }), (input) => agrees(schema, input)), { numRuns: 1000 });
  });
});
