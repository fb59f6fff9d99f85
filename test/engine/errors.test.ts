// Malformed input of every kind yields one typed error naming the field, never an untyped throw or NaN.
import { describe, expect, it } from "vitest";
import { compare, ERROR_CODES, estimate, sweep } from "../../shared/index.js";
import { errorOf } from "./error-of.js";
import { nonFiniteNumbers } from "./finite.js";

const ok = { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100 };


describe("estimate rejects bad input with a code and a path", () => {
  const cases: [string, unknown, string, string][] = [
    ["no input", undefined, "invalid_input", ""],
    ["null", null, "invalid_input", ""],
    ["a string instead of an object", "llama", "invalid_input", ""],
    ["an array", [ok], "invalid_input", ""],
    ["missing model", { ...ok, model: undefined }, "invalid_input", "model"],
    ["unknown model id", { ...ok, model: "llama-9-1t" }, "unknown_model", "model"],
    ["unknown hardware id", { ...ok, hardware: "h900" }, "unknown_hardware", "hardware"],
    ["model of the wrong type", { ...ok, model: 42 }, "invalid_input", "model"],
    ["NaN tokens", { ...ok, inputTokens: Number.NaN }, "invalid_input", "inputTokens"],
    ["1e300 tokens", { ...ok, inputTokens: 1e300 }, "invalid_input", "inputTokens"],
    ["Infinity tokens", { ...ok, outputTokens: Number.POSITIVE_INFINITY }, "invalid_input", "outputTokens"],
    ["fractional tokens", { ...ok, inputTokens: 1.5 }, "invalid_input", "inputTokens"],
    ["zero tokens", { ...ok, outputTokens: 0 }, "invalid_input", "outputTokens"],
    ["tokens as a string", { ...ok, inputTokens: "100" }, "invalid_input", "inputTokens"],
    ["negative devices", { ...ok, deviceCount: -1 }, "invalid_input", "deviceCount"],
    ["unknown precision", { ...ok, precision: "fp3" }, "invalid_input", "precision"],
    ["bad batch", { ...ok, batchSize: "all" }, "invalid_input", "batchSize"],
    ["bad deployment", { ...ok, deployment: "moon" }, "invalid_input", "deployment"],
    ["null assumptions field", { ...ok, assumptions: { bandwidthEfficiency: null } }, "invalid_input", "assumptions.bandwidthEfficiency"],
    ["efficiency above 1", { ...ok, assumptions: { computeEfficiency: 3 } }, "invalid_input", "assumptions.computeEfficiency"],
    ["custom model missing a field", { ...ok, model: { hiddenSize: 4096, numLayers: 32, numHeads: 32, vocabSize: 32000 } }, "invalid_input", "model.intermediateSize"],
    ["custom hardware with NaN bandwidth", { ...ok, hardware: { memoryGB: 80, bandwidthGBps: Number.NaN, tflops: { fp16: 100 } } }, "invalid_input", "hardware.bandwidthGBps"],
    ["custom hardware with no TFLOPS", { ...ok, hardware: { memoryGB: 80, bandwidthGBps: 2000, tflops: {} } }, "invalid_input", "hardware.tflops"],
    ["hfConfig that is not an object", { ...ok, model: { hfConfig: "config.json" } }, "invalid_input", "model.hfConfig"],
    ["hybrid share above 1", { ...ok, deployment: "hybrid", hybrid: { share: 2, alternative: {} } }, "invalid_input", "hybrid.share"],
    ["unknown model in the hybrid alternative", { ...ok, deployment: "hybrid", hybrid: { share: 0.5, alternative: { model: "nope" } } }, "unknown_model", "hybrid.alternative.model"],
  ];
  it.each(cases)("%s", (_label, input, code, path) => {
    const e = errorOf(() => estimate(input));
    expect(e.code).toBe(code);
    expect(e.path).toBe(path);
    expect(e.message.length).toBeGreaterThan(3);
    expect(ERROR_CODES).toContain(e.code);
  });
});

describe("compare and sweep name the offending element", () => {
  it("compare needs 2 to 50 scenarios", () => {
    expect(errorOf(() => compare({ scenarios: [ok] })).path).toBe("scenarios");
    expect(errorOf(() => compare({ scenarios: Array(51).fill(ok) })).path).toBe("scenarios");
  });
  it("compare points at the bad scenario", () => {
    const e = errorOf(() => compare({ scenarios: [ok, { ...ok, hardware: "nope" }] }));
    expect([e.code, e.path]).toEqual(["unknown_hardware", "scenarios[1].hardware"]);
  });
  it("sweep points at the bad value in vary", () => {
    const e = errorOf(() => sweep({ base: ok, vary: { batchSize: [1, 2, -3] } }));
    expect([e.code, e.path]).toEqual(["invalid_input", "vary.batchSize[2]"]);
    const e2 = errorOf(() => sweep({ base: ok, vary: { model: ["llama-2-7b", "nope"] } }));
    expect([e2.code, e2.path]).toEqual(["unknown_model", "vary.model[1]"]);
  });
  it("an oversized sweep is refused before any work", () => {
    const huge = { base: { nonsense: true }, vary: { inputTokens: Array(101).fill(1), outputTokens: Array(100).fill(1) } };
    const e = errorOf(() => sweep(huge));
    expect([e.code, e.path]).toEqual(["sweep_too_large", "vary"]);
    expect(errorOf(() => sweep({ base: ok, vary: { batchSize: [1, 2, 3] } }, { maxPoints: 2 })).code).toBe("sweep_too_large");
  });
});

describe("extreme but valid input stays finite", () => {
  const extremes = [
    { ...ok, inputTokens: 10_000_000, outputTokens: 10_000_000, batchSize: 1_000_000, deviceCount: 1024 },
    { ...ok, model: "deepseek-v3", batchSize: "max", precision: "fp4" },
    { ...ok, hardware: { memoryGB: 0.01, bandwidthGBps: 0.01, tflops: { int4: 0.001 } }, batchSize: "max" },
    { ...ok, assumptions: { computeEfficiency: 0.001, bandwidthEfficiency: 0.001, computeHalfSaturationTokens: 1_000_000 } },
    { ...ok, model: "cohere-command", deployment: "edge", batchSize: "max" },
  ];
  it.each(extremes.map((e, i) => [i, e] as const))("case %i has no NaN or Infinity", (_i, input) => {
    expect(nonFiniteNumbers(estimate(input))).toEqual([]);
  });
});

describe("fields a request does not know", () => {
  const misspelt = { ...ok, batchsize: 64, devices: 4, precision: { weights: "fp8", kvcache: "fp8" }, assumptions: { bandwidthEfficency: 0.5 } };
  it("are answered, with a warning naming each one ignored and what it probably meant", () => {
    const r = estimate(misspelt);
    expect(r.throughput.batchSize).toBe(1);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        '"batchsize" is not a field of this request (did you mean "batchSize"?): ignored',
        '"devices" is not a field of this request (did you mean "deviceCount"?): ignored',
        '"precision.kvcache" is not a field of this request (did you mean "kvCache"?): ignored',
        '"assumptions.bandwidthEfficency" is not a field of this request (did you mean "bandwidthEfficiency"?): ignored',
      ]),
    );
    expect(estimate(ok).warnings.join(" ")).not.toMatch(/not a field/);
  });
  it('are refused with "strict": true, naming the first', () => {
    const e = errorOf(() => estimate({ ...misspelt, strict: true }));
    expect([e.code, e.path]).toEqual(["invalid_input", "batchsize"]);
    expect(e.message).toMatch(/did you mean "batchSize"/);
  });
  it("are reported by compare, sweep and recommend too, with their place", () => {
    expect(compare({ scenarios: [ok, { ...ok, foo: 1 }] }).warnings).toEqual(['"scenarios[1].foo" is not a field of this request: ignored']);
    expect(sweep({ base: { ...ok, inputtokens: 5 }, vary: { batchSize: [1] } }).warnings?.[0]).toMatch(/"base.inputtokens" .*did you mean "inputTokens"/);
    expect(errorOf(() => compare({ scenarios: [ok, { ...ok, foo: 1 }], strict: true })).path).toBe("scenarios[1].foo");
  });
});
