// Cost in every deployment mode, against the reference scenarios' worked examples and hand calculations.
import { describe, expect, it } from "vitest";
import { estimate, findHardware } from "../../shared/index.js";

describe("API token prices (reference scenarios)", () => {
  it("a GPT-3.5 Turbo chatbot turn of 150 in / 150 out costs $0.0003", () => {
    const r = estimate({ model: "gpt-3.5-turbo", hardware: "h100-sxm", inputTokens: 150, outputTokens: 150 });
    expect(r.cost.basis).toBe("api");
    expect(r.cost.perRequestUSD).toBeCloseTo(0.0003, 10);
    expect(r.cost.breakdown).toEqual({ inputTokensUSD: 0.000075, outputTokensUSD: 0.000225 });
  });
  it("a Claude 3 Sonnet research request of 25,000 in / 2,500 out costs $0.1125", () => {
    const r = estimate({ model: "claude-3-sonnet", hardware: "h100-sxm", inputTokens: 25_000, outputTokens: 2_500 });
    expect(r.cost.perRequestUSD).toBeCloseTo(0.1125, 10);
  });
  it("GPT-4 8k is $30 in / $60 out per million tokens", () => {
    const r = estimate({ model: "gpt-4", hardware: "h100-sxm", inputTokens: 1_000_000 - 4096, outputTokens: 4096 });
    expect(r.cost.breakdown.inputTokensUSD).toBeCloseTo(((1_000_000 - 4096) * 30) / 1e6, 10);
    expect(r.cost.breakdown.outputTokensUSD).toBeCloseTo((4096 * 60) / 1e6, 10);
  });
  it("API models cannot be self-hosted: weights not available", () => {
    const r = estimate({ model: "gpt-4", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100, deployment: "local" });
    expect(r.compatibility.verdict).toBe("incompatible");
    expect(r.compatibility.reasons.join(" ")).toMatch(/weights not available/);
    expect(r.compatibility.fixes).toContainEqual(expect.objectContaining({ field: "deployment", value: "cloud" }));
  });
  it("API latency comes from the published serving speed", () => {
    const r = estimate({ model: "gpt-3.5-turbo", hardware: "h100-sxm", inputTokens: 150, outputTokens: 150 });
    expect(r.latency.tpotMs).toBeCloseTo(1000 / 60, 6);
    expect(r.latency.ttftMs).toBe(460);
    expect(r.latency.e2eMs).toBeCloseTo(460 + 149 * (1000 / 60), 6);
  });
});

describe("rented and owned hardware", () => {
  const base = { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 500, outputTokens: 500, batchSize: 32 } as const;
  const h100 = findHardware("h100-sxm")!;

  it("rental: hourly price x devices, shared by the requests the batch serves", () => {
    const r = estimate({ ...base, deployment: "cloud", deviceCount: 2 });
    expect(r.cost.basis).toBe("rental");
    expect(r.cost.perHourUSD).toBeCloseTo(h100.hourlyUSD! * 2, 10);
    expect(r.cost.perRequestUSD!).toBeCloseTo(r.cost.perHourUSD! / 3600 / r.throughput.requestsPerSec!, 12);
    expect(r.cost.perMillionOutputTokensUSD!).toBeCloseTo((r.cost.perHourUSD! / 3600 / r.throughput.outputTokensPerSec!) * 1e6, 9);
  });

  it("owned: energy at the electricity price plus depreciation over the lifetime and duty cycle", () => {
    const assumptions = { electricityUSDPerKWh: 0.2, lifetimeYears: 4, dutyCycle: 0.5, pue: 1.25 };
    const r = estimate({ ...base, deployment: "local", assumptions });
    const energy = (h100.powerW! / 1000) * 1.25 * 0.2;
    const depreciation = h100.purchaseUSD! / (4 * 8766 * 0.5);
    expect(r.cost.basis).toBe("owned");
    expect(r.cost.perHourUSD).toBeCloseTo(energy + depreciation, 10);
    expect(r.cost.breakdown.energyUSD! + r.cost.breakdown.depreciationUSD!).toBeCloseTo(r.cost.perRequestUSD!, 12);
  });

  it("edge pays like owned hardware and has no network hop", () => {
    const r = estimate({ ...base, model: "phi-3-mini", hardware: "jetson-agx-orin", precision: "int4", deployment: "edge", batchSize: 1 });
    expect(r.latency.networkMs).toBe(0);
    expect(r.cost.basis).toBe("owned");
  });

  it("a missing price is a warning and null costs, never NaN", () => {
    const r = estimate({
      ...base,
      hardware: { name: "lab card", memoryGB: 80, bandwidthGBps: 2000, tflops: { fp16: 300 } },
    });
    expect(r.cost.perRequestUSD).toBeNull();
    expect(r.warnings.join(" ")).toMatch(/hourlyUSD/);
  });
});

describe("hybrid", () => {
  it("blends the two paths by traffic share and returns both", () => {
    const r = estimate({
      model: "llama-2-13b",
      hardware: "a100-80gb",
      inputTokens: 500,
      outputTokens: 1000,
      batchSize: 16,
      deployment: "hybrid",
      hybrid: { share: 0.2, alternative: { model: "gpt-4" } },
    });
    expect(r.paths).toHaveLength(2);
    const [primary, alternative] = r.paths!;
    expect(primary!.result.inputs.deployment).toBe("local");
    expect(alternative!.result.inputs.deployment).toBe("cloud");
    expect(alternative!.result.cost.basis).toBe("api");
    const blended = 0.8 * primary!.result.cost.perRequestUSD! + 0.2 * alternative!.result.cost.perRequestUSD!;
    expect(r.cost.perRequestUSD).toBeCloseTo(blended, 12);
    expect(r.inputs.deployment).toBe("hybrid");
  });
  it("hybrid without its object is an error naming the field", () => {
    expect(() => estimate({ model: "llama-2-13b", hardware: "a100-80gb", inputTokens: 1, outputTokens: 1, deployment: "hybrid" })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: "hybrid" }),
    );
  });
});
