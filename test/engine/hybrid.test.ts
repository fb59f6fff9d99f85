// Hybrid deployments: two configurations blended by traffic share, each path's figures and ranges kept.
import { describe, expect, it } from "vitest";
import { estimate } from "../../shared/index.js";

const hybrid = {
  model: "llama-3.1-8b",
  hardware: "l4",
  deviceCount: 2,
  precision: "fp8",
  inputTokens: 500,
  outputTokens: 200,
  deployment: "hybrid",
  hybrid: { share: 0.3, alternative: { model: "gpt-4o" } },
} as const;

describe("hybrid", () => {
  it("the likely range is the traffic-weighted blend of both paths' ranges, not the first path's", () => {
    const r = estimate(hybrid);
    const [primary, alternative] = r.paths!.map((p) => p.result);
    const own = primary!.errorBand!.ttftMs!;
    const api = alternative!.latency.ttftMs!; // published, taken as exact
    expect(r.errorBand!.ttftMs!.low).toBeCloseTo(own.low * 0.7 + api * 0.3, 9);
    expect(r.errorBand!.ttftMs!.high).toBeCloseTo(own.high * 0.7 + api * 0.3, 9);
    expect(r.errorBand!.ttftMs!.low).toBeLessThanOrEqual(r.latency.ttftMs!);
    expect(r.errorBand!.ttftMs!.high).toBeGreaterThanOrEqual(r.latency.ttftMs!);
    expect(r.errorBand!.basis).toMatch(/mixed by traffic share/);
  });

  it("an alternative that names no device count keeps the primary's", () => {
    const r = estimate({ ...hybrid, hybrid: { share: 0.5, alternative: { precision: "int4" } } });
    expect(r.paths![1]!.result.inputs.deviceCount).toBe(2);
    const own = estimate({ ...hybrid, hybrid: { share: 0.5, alternative: { precision: "int4", deviceCount: 1 } } });
    expect(own.paths![1]!.result.inputs.deviceCount).toBe(1);
  });

  it("the primary path is paid for as the request says (primaryDeployment), not switched silently", () => {
    const rented = estimate({ ...hybrid, hybrid: { ...hybrid.hybrid, primaryDeployment: "cloud" } });
    expect(rented.paths![0]!.result.cost.basis).toBe("rental");
    expect(rented.paths![0]!.result.inputs.deployment).toBe("cloud");
  });
});

describe("API models", () => {
  it("ignore a batch size: one stream's speed and cost, with a warning", () => {
    const alone = estimate({ model: "gpt-4o", hardware: "h100-sxm", inputTokens: 500, outputTokens: 200 });
    const batched = estimate({ model: "gpt-4o", hardware: "h100-sxm", inputTokens: 500, outputTokens: 200, batchSize: 16 });
    expect(batched.throughput.outputTokensPerSec).toBe(alone.throughput.outputTokensPerSec);
    expect(batched.cost.perHourUSD).toBe(alone.cost.perHourUSD);
    expect(batched.throughput.batchSize).toBe(1);
    expect(batched.warnings.join(" ")).toMatch(/batchSize 16 has no meaning for an API/);
  });
});
