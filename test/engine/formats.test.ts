// Weight formats: what each stores (bits per weight, scales included) and what it computes in; weight-only formats
// shrink the bytes each decode step streams, so a bandwidth-bound decode speeds up nearly as much as they shrink.
import { describe, expect, it } from "vitest";
import { estimate, NAMED_FORMATS } from "../../shared/index.js";
import { FORMATS } from "../../shared/formats.js";

const base = { model: "llama-3.1-8b", inputTokens: 512, outputTokens: 256 } as const;
const tpot = (hardware: string, precision: unknown) => estimate({ ...base, hardware, precision }).latency.tpotMs!;

describe("weight formats", () => {
  it.each([
    ["awq", 4.15625],
    ["gptq", 4.125],
    ["gguf-q4_k_m", 4.83],
    ["gguf-q8_0", 8.5],
    ["nvfp4", 4.5],
    ["int4", 4.5],
    ["fp4", 4.25],
  ] as const)("%s stores %f bits per weight", (format, bits) => {
    expect(FORMATS[format].bitsPerWeight).toBeCloseTo(bits, 10);
    const r = estimate({ ...base, hardware: "h100-sxm", precision: format });
    expect(r.memory.weightsGB).toBeCloseTo((r.model.totalParams * bits) / 8 / 1e9, 9);
  });

  it("weight-only formats compute in fp16 with an fp16 KV cache; NVFP4 in fp4 with an fp8 one; the request may say otherwise", () => {
    for (const f of ["awq", "gptq", "gguf-q4_k_m", "gguf-q8_0", "int4", "int8"] as const) {
      expect(estimate({ ...base, hardware: "h100-sxm", precision: f }).inputs.precision).toEqual({ weights: f, kvCache: "fp16", activations: "fp16" });
    }
    expect(estimate({ ...base, hardware: "b200", precision: "nvfp4" }).inputs.precision).toEqual({ weights: "nvfp4", kvCache: "fp8", activations: "fp4" });
    expect(estimate({ ...base, hardware: "h100-sxm", precision: { weights: "awq", kvCache: "fp8" } }).inputs.precision.kvCache).toBe("fp8");
    expect(NAMED_FORMATS).toEqual(["awq", "gptq", "gguf-q4_k_m", "gguf-q8_0", "nvfp4"]);
  });

  it("int4 weight-only decode at batch 1 on a bandwidth-bound GPU is at least 2.5x faster per token than fp16", () => {
    for (const hardware of ["rtx-4090", "l4", "a100-80gb", "h100-sxm"]) {
      for (const format of ["int4", "awq", "gptq"]) {
        const speedup = tpot(hardware, "fp16") / tpot(hardware, format);
        expect(speedup, `${format} on ${hardware}`).toBeGreaterThanOrEqual(2.5);
      }
    }
  });

  it("narrower weights never decode slower, and int8 and int4 differ (the small batch is bound by the bytes streamed)", () => {
    for (const hardware of ["rtx-4090", "h100-sxm", "l4"]) {
      expect(tpot(hardware, "int8")).toBeLessThan(tpot(hardware, "fp16"));
      expect(tpot(hardware, "int4")).toBeLessThan(tpot(hardware, "int8"));
      expect(tpot(hardware, "gguf-q4_k_m")).toBeLessThan(tpot(hardware, "gguf-q8_0"));
      expect(estimate({ ...base, hardware, precision: "int4" }).latency.decodeBound).toBe("memory");
    }
  });

  it("FP8 or FP4 weights on a part without that arithmetic run as weight-only formats (dequantized to fp16)", () => {
    // An A100 has no FP8 tensor cores: FP8 weights still halve the bytes streamed at batch 1.
    expect(tpot("a100-80gb", "fp16") / tpot("a100-80gb", "fp8")).toBeGreaterThan(1.7);
    expect(estimate({ ...base, hardware: "a100-80gb", precision: "fp8" }).warnings.join(" ")).toMatch(/no fp8 peak/);
  });

  it("an unknown format is refused, naming the accepted ones", () => {
    expect(() => estimate({ ...base, hardware: "h100-sxm", precision: "q4" })).toThrow(/awq, gptq, gguf-q4_k_m, gguf-q8_0, nvfp4/);
  });
});
