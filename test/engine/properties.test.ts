// Invariants of the physics, checked on generated requests (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimate, HARDWARE, MODELS, PRECISIONS } from "../../shared/index.js";
import { nonFiniteNumbers } from "./finite.js";

const openModels = MODELS.filter((m) => m.kind === "open").map((m) => m.id);
const allModels = MODELS.map((m) => m.id);
const hardwareIds = HARDWARE.map((h) => h.id);

const customArchitecture = fc
  .record({
    hiddenSize: fc.integer({ min: 64, max: 16384 }),
    headDim: fc.integer({ min: 8, max: 256 }),
    explicitHeadDim: fc.boolean(),
    numLayers: fc.integer({ min: 1, max: 128 }),
    numKvHeads: fc.integer({ min: 1, max: 32 }),
    queryHeadsPerKvHead: fc.integer({ min: 1, max: 8 }),
    intermediateSize: fc.integer({ min: 64, max: 65536 }),
    vocabSize: fc.integer({ min: 100, max: 300_000 }),
    tieEmbeddings: fc.boolean(),
    gatedMlp: fc.boolean(),
    slidingWindow: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
    attentionChunkTokens: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }),
    linearFraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    moe: fc.option(
      fc.record({ numExperts: fc.integer({ min: 16, max: 256 }), expertsPerToken: fc.integer({ min: 1, max: 16 }), sharedExperts: fc.integer({ min: 0, max: 2 }) }),
      { nil: undefined },
    ),
  })
  .map(({ numKvHeads, queryHeadsPerKvHead, headDim, explicitHeadDim, hiddenSize, linearFraction, attentionChunkTokens, ...rest }) => {
    const numHeads = numKvHeads * queryHeadsPerKvHead;
    // Without an explicit headDim the heads must divide the width (an inconsistent architecture is an error).
    const widths = explicitHeadDim ? { hiddenSize, headDim } : { hiddenSize: numHeads * headDim };
    const linear = linearFraction === undefined ? 0 : Math.floor(linearFraction * rest.numLayers);
    return {
      ...rest,
      ...widths,
      numKvHeads,
      numHeads,
      ...(attentionChunkTokens === undefined ? {} : { attentionChunkTokens, chunkedAttentionLayers: Math.floor((rest.numLayers - linear) / 2) }),
      ...(linear === 0 ? {} : { linearAttention: { layers: linear, numKeyHeads: 4, numValueHeads: 8, keyHeadDim: 64, valueHeadDim: 64 } }),
    };
  });

const customHardware = fc.record({
  memoryGB: fc.double({ min: 0.01, max: 2000, noNaN: true }),
  bandwidthGBps: fc.double({ min: 0.01, max: 20_000, noNaN: true }),
  tflops: fc.record({ fp16: fc.double({ min: 0.001, max: 10_000, noNaN: true }) }),
  interconnectGBps: fc.option(fc.double({ min: 0.01, max: 5000, noNaN: true }), { nil: undefined }),
  hourlyUSD: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
});

const request = fc.record({
  model: fc.oneof(fc.constantFrom(...allModels), customArchitecture),
  hardware: fc.oneof(fc.constantFrom(...hardwareIds), customHardware),
  deviceCount: fc.integer({ min: 1, max: 64 }),
  precision: fc.constantFrom(...PRECISIONS),
  inputTokens: fc.integer({ min: 1, max: 200_000 }),
  outputTokens: fc.integer({ min: 1, max: 20_000 }),
  batchSize: fc.oneof(fc.integer({ min: 1, max: 4096 }), fc.constant("max" as const)),
  deployment: fc.constantFrom("local", "cloud", "edge"),
  assumptions: fc.record(
    {
      computeEfficiency: fc.double({ min: 0.001, max: 1, noNaN: true }),
      bandwidthEfficiency: fc.double({ min: 0.001, max: 1, noNaN: true }),
      stepOverheadMs: fc.double({ min: 0, max: 100, noNaN: true }),
      runtime: fc.constantFrom("optimized", "eager", "llamacpp"),
    },
    { requiredKeys: [] },
  ),
});

const openRequest = fc.record({
  model: fc.constantFrom(...openModels),
  hardware: fc.constantFrom(...hardwareIds),
  deviceCount: fc.integer({ min: 1, max: 16 }),
  precision: fc.constantFrom(...PRECISIONS),
  inputTokens: fc.integer({ min: 1, max: 100_000 }),
  outputTokens: fc.integer({ min: 1, max: 10_000 }),
  batchSize: fc.integer({ min: 1, max: 1024 }),
});

describe("invariants", () => {
  it("no NaN or Infinity anywhere in a result, for any valid request", () => {
    fc.assert(
      fc.property(request, (r) => {
        expect(nonFiniteNumbers(estimate(r))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("more batch never means less KV-cache memory", () => {
    fc.assert(
      fc.property(openRequest, fc.integer({ min: 1, max: 512 }), (r, extra) => {
        const a = estimate(r).memory.kvCacheGB;
        const b = estimate({ ...r, batchSize: r.batchSize + extra }).memory.kvCacheGB;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it("more context never means less KV-cache memory", () => {
    fc.assert(
      fc.property(openRequest, fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 0, max: 5000 }), (r, moreIn, moreOut) => {
        const a = estimate(r).memory.kvCacheGB;
        const b = estimate({ ...r, inputTokens: r.inputTokens + moreIn, outputTokens: r.outputTokens + moreOut }).memory.kvCacheGB;
        expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });

  it("more bandwidth never means slower decode", () => {
    fc.assert(
      fc.property(
        openRequest,
        customHardware,
        fc.double({ min: 1, max: 10, noNaN: true }),
        (r, hw, factor) => {
          const slow = estimate({ ...r, hardware: hw }).latency.tpotMs!;
          const fast = estimate({ ...r, hardware: { ...hw, bandwidthGBps: Math.min(hw.bandwidthGBps * factor, 10_000_000) } }).latency.tpotMs!;
          expect(fast).toBeLessThanOrEqual(slow * (1 + 1e-12));
        },
      ),
    );
  });

  it("more devices never mean more weight bytes per device", () => {
    fc.assert(
      fc.property(openRequest, fc.integer({ min: 1, max: 64 }), (r, more) => {
        const a = estimate(r).memory.weightsPerDeviceGB;
        const b = estimate({ ...r, deviceCount: r.deviceCount + more }).memory.weightsPerDeviceGB;
        expect(b).toBeLessThanOrEqual(a);
      }),
    );
  });

  it('batchSize "max" resolves to a batch that fits and is the largest-throughput choice checked', () => {
    fc.assert(
      fc.property(openRequest, (r) => {
        const result = estimate({ ...r, batchSize: "max" });
        const { batchSize, maxBatchSize } = result.throughput;
        if (maxBatchSize! >= 1) expect(batchSize).toBeLessThanOrEqual(maxBatchSize!);
        if (maxBatchSize! >= 1) expect(result.memory.utilization).toBeLessThanOrEqual(1 + 1e-9);
        const one = estimate({ ...r, batchSize: 1 }).throughput.outputTokensPerSec!;
        expect(result.throughput.outputTokensPerSec!).toBeGreaterThanOrEqual(one * (1 - 1e-9));
      }),
      { numRuns: 100 },
    );
  });
});
