// Pins the timing model's physics so later changes cannot quietly break it.
import { describe, expect, it } from "vitest";
import { estimate, RUNTIME_PROFILES } from "../../shared/index.js";

const gpu2TBps = { name: "2 TB/s test GPU", memoryGB: 80, bandwidthGBps: 2000, tflops: { fp16: 312, bf16: 312 } };

describe("roofline behaviour", () => {
  it("decode of a 7B fp16 model on a 2 TB/s GPU is bandwidth-bound and near weights / bandwidth", () => {
    const r = estimate({ model: "llama-2-7b", hardware: gpu2TBps, inputTokens: 128, outputTokens: 128 });
    const weightsOverBandwidthMs = ((6_738_415_616 * 2) / 2000e9) * 1000; // 6.74 ms
    expect(r.latency.decodeBound).toBe("memory");
    expect(r.latency.tpotMs!).toBeGreaterThan(weightsOverBandwidthMs);
    expect(r.latency.tpotMs!).toBeLessThan(weightsOverBandwidthMs * 1.6);
  });

  it("prefill of 2,048 tokens is compute-bound", () => {
    const r = estimate({ model: "llama-2-7b", hardware: gpu2TBps, inputTokens: 2048, outputTokens: 1 });
    expect(r.latency.prefillBound).toBe("compute");
  });

  it("throughput at batch 256 exceeds batch 1 by more than 20x for an 8B model on an H100", () => {
    const at = (batchSize: number) =>
      estimate({ model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 512, batchSize }).throughput.outputTokensPerSec!;
    expect(at(256) / at(1)).toBeGreaterThan(20);
  });

  it("MoE decode reads only the experts a batch touches", () => {
    const r = (batchSize: number) => estimate({ model: "mixtral-8x7b", hardware: "h100-sxm", deviceCount: 2, inputTokens: 64, outputTokens: 64, batchSize });
    // One token touches 2 of 8 experts: its step streams far less than the 47B weights; a big batch touches all.
    const dense = estimate({ model: "llama-2-70b", hardware: "h100-sxm", deviceCount: 2, inputTokens: 64, outputTokens: 64 });
    expect(r(1).latency.tpotMs!).toBeLessThan(dense.latency.tpotMs! * 0.5);
    expect(r(64).latency.tpotMs!).toBeGreaterThan(r(1).latency.tpotMs! * 1.5);
  });

  it("tensor parallelism adds all-reduce time over the interconnect", () => {
    const base = { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 4, precision: "fp8", inputTokens: 512, outputTokens: 256, batchSize: 64 } as const;
    const nvlink = estimate(base);
    const slowLink = estimate({ ...base, hardware: { name: "H100 over PCIe", memoryGB: 85.52, bandwidthGBps: 3350, tflops: { fp8: 1978.9, bf16: 989.4 }, interconnectGBps: 64 } });
    expect(slowLink.latency.tpotMs!).toBeGreaterThan(nvlink.latency.tpotMs!);
  });

  it('batchSize "max" finds the memory-limited batch for 70B FP8 on one H100 (KV in the memory the weights leave)', () => {
    const r = estimate({ model: "llama-3.1-70b", hardware: "h100-sxm", precision: "fp8", inputTokens: 1000, outputTokens: 1000, batchSize: "max" });
    expect(r.compatibility.verdict).toBe("compatible");
    expect(r.throughput.batchSize).toBeGreaterThan(5);
    expect(r.throughput.batchSize).toBeLessThan(60);
  });
});

describe("runtime profiles and error bands", () => {
  const request = { model: "llama-2-7b", hardware: "a100-80gb", inputTokens: 256, outputTokens: 256 } as const;

  it("the default is the optimized server class", () => {
    expect(estimate(request).assumptions.runtime).toBe("optimized");
  });
  it("plain PyTorch eager is slower per token than an optimized server", () => {
    const eager = estimate({ ...request, assumptions: { runtime: "eager" } });
    const optimized = estimate(request);
    expect(eager.latency.tpotMs!).toBeGreaterThan(optimized.latency.tpotMs! * 1.5);
  });
  it("llama.cpp single stream serves one sequence at a time", () => {
    const r = estimate({ ...request, hardware: "apple-m2-ultra", precision: "int4", batchSize: "max", assumptions: { runtime: "llamacpp" } });
    expect(r.throughput.batchSize).toBe(1);
    expect(r.latency.decodeBound).toBe("memory");
  });
  it.each(["optimized", "eager", "llamacpp"] as const)("%s results carry an error band around the estimate", (runtime) => {
    const r = estimate({ ...request, assumptions: { runtime } });
    const band = r.errorBand!;
    expect(band).not.toBeNull();
    expect(band.tpotMs!.low).toBeLessThanOrEqual(r.latency.tpotMs!);
    expect(band.tpotMs!.high).toBeGreaterThanOrEqual(r.latency.tpotMs!);
    expect(band.outputTokensPerSec!.low).toBeLessThanOrEqual(r.throughput.outputTokensPerSec!);
    expect(band.outputTokensPerSec!.high).toBeGreaterThanOrEqual(r.throughput.outputTokensPerSec!);
    expect(band.basis).toContain(RUNTIME_PROFILES[runtime].label);
  });
  it("API models report published figures, with no calibration band", () => {
    expect(estimate({ ...request, model: "gpt-3.5-turbo" }).errorBand).toBeNull();
  });
  it("every profile names which constants were fitted", () => {
    for (const profile of Object.values(RUNTIME_PROFILES)) expect(profile.fitted.length).toBeGreaterThan(0);
  });
});

describe("batching semantics", () => {
  const request = { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 1000, outputTokens: 250, batchSize: 64 } as const;
  it("under continuous batching a request waits for its own prompt, not the whole batch's", () => {
    const continuous = estimate(request);
    const single = estimate({ ...request, batchSize: 1 });
    expect(continuous.latency.prefillMs!).toBeLessThan(single.latency.prefillMs! * 3);
    expect(continuous.latency.tpotMs!).toBeGreaterThan(single.latency.tpotMs!);
  });
  it("a static batch (eager generate()) prefills every prompt before the first token", () => {
    const eager = estimate({ ...request, assumptions: { runtime: "eager" } });
    const eagerSingle = estimate({ ...request, batchSize: 1, assumptions: { runtime: "eager" } });
    expect(eager.latency.prefillMs!).toBeGreaterThan(eagerSingle.latency.prefillMs! * 10);
  });
  it("requests per second follow Little's law: concurrent requests / time in the system", () => {
    const r = estimate({ ...request, assumptions: { networkRoundTripMs: 0 } });
    const littles = r.throughput.batchSize / (r.latency.e2eMs! / 1000);
    expect(Math.abs(littles / r.throughput.requestsPerSec! - 1)).toBeLessThan(0.1);
  });
});

describe("default runtime by hardware", () => {
  it("is the optimized server on GPUs and llama.cpp-style single stream on Apple silicon, CPUs and edge boards", () => {
    const at = (hardware: string) => estimate({ model: "llama-2-7b", hardware, precision: "int4", inputTokens: 100, outputTokens: 100 }).assumptions.runtime;
    expect(at("h100-sxm")).toBe("optimized");
    expect(at("rtx-4090")).toBe("optimized");
    expect(at("apple-m2-ultra")).toBe("llamacpp");
    expect(at("cpu")).toBe("llamacpp");
    expect(at("jetson-agx-orin")).toBe("llamacpp");
  });
});
