// compare() marks the best compatible configuration per column; sweep() walks the grid in a stable order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, EngineError, estimate, sweep } from "../../shared/index.js";
import { nonFiniteNumbers } from "./finite.js";

const base = { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 256 } as const;

describe("compare", () => {
  it("returns one result per scenario and indexes the best compatible ones", () => {
    const { results, best } = compare({
      scenarios: [
        { ...base, batchSize: 1 },
        { ...base, batchSize: 64 },
        { ...base, model: "llama-3.1-405b" }, // does not fit one H100: never "best"
        { ...base, model: "gpt-4o-mini" },
      ],
    });
    expect(results).toHaveLength(4);
    expect(results[2]!.compatibility.verdict).toBe("incompatible");
    expect(best.highestThroughput).toBe(1);
    expect([0, 1, 3]).toContain(best.cheapest);
    expect(best.fastest).not.toBe(2);
    const cheapest = results[best.cheapest!]!.cost.perRequestUSD!;
    for (const r of results) if (r.compatibility.verdict !== "incompatible" && r.cost.perRequestUSD !== null) expect(cheapest).toBeLessThanOrEqual(r.cost.perRequestUSD);
  });
  it("best is null when nothing is compatible", () => {
    const { best } = compare({ scenarios: [{ ...base, model: "llama-3.1-405b" }, { ...base, model: "deepseek-v3" }] });
    expect(best).toEqual({ cheapest: null, fastest: null, highestThroughput: null });
  });
});

describe("sweep", () => {
  it("is the cartesian product, last field fastest, each point equal to a single estimate", () => {
    const { count, points } = sweep({ base, vary: { deviceCount: [1, 2], batchSize: [1, 8, "max"] } });
    expect(count).toBe(6);
    expect(points.map((p) => p.inputs)).toEqual([
      { deviceCount: 1, batchSize: 1 },
      { deviceCount: 1, batchSize: 8 },
      { deviceCount: 1, batchSize: "max" },
      { deviceCount: 2, batchSize: 1 },
      { deviceCount: 2, batchSize: 8 },
      { deviceCount: 2, batchSize: "max" },
    ]);
    expect(points[4]!.result).toEqual(estimate({ ...base, deviceCount: 2, batchSize: 8 }));
  });
  it("varies models, hardware and precision objects too", () => {
    const { points } = sweep({ base, vary: { model: ["llama-2-7b", { hfConfig: { hidden_size: 1024, num_hidden_layers: 4, num_attention_heads: 8, intermediate_size: 4096, vocab_size: 1000 } }], precision: ["fp16", { weights: "int4", kvCache: "fp8" }] } });
    expect(points).toHaveLength(4);
    expect(points[3]!.result.inputs.precision).toEqual({ weights: "int4", kvCache: "fp8", activations: "fp16" });
    expect(points[2]!.result.model.kind).toBe("custom");
  });
});

describe("no input, however malformed, escapes as anything but an EngineError", () => {
  const valid = { ...base, batchSize: 4 };
  const mutate = fc.tuple(fc.constantFrom(...Object.keys(valid), "hybrid", "assumptions", "precision", "deployment"), fc.anything());
  const check = (fn: () => unknown) => {
    try {
      expect(nonFiniteNumbers(fn())).toEqual([]);
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      expect(e.code).toMatch(/^[a-z_]+$/);
    }
  };
  it("estimate: arbitrary values and mutated requests", () => {
    fc.assert(fc.property(fc.anything(), (x) => check(() => estimate(x))), { numRuns: 300 });
    fc.assert(fc.property(mutate, ([key, value]) => check(() => estimate({ ...valid, [key]: value }))), { numRuns: 500 });
  });
  it("compare and sweep: arbitrary values and mutated requests", () => {
    fc.assert(fc.property(fc.anything(), (x) => check(() => compare(x))), { numRuns: 200 });
    fc.assert(fc.property(fc.anything(), (x) => check(() => sweep(x))), { numRuns: 200 });
    fc.assert(fc.property(mutate, ([key, value]) => check(() => compare({ scenarios: [valid, { ...valid, [key]: value }] }))), { numRuns: 200 });
    fc.assert(fc.property(mutate, ([key, value]) => check(() => sweep({ base: valid, vary: { [key]: [value] } }))), { numRuns: 200 });
  });
});
