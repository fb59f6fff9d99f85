// Serving a load: replicas from a request rate, and time to first token with queueing (shared/load.ts), checked
// against an event simulation of a continuously batching replica (serving-sim.ts).
import { describe, expect, it } from "vitest";
import { estimate } from "../../shared/index.js";
import { loadFigures } from "../../shared/load.js";
import { resolveScenario } from "../../shared/scenario.js";
import { percentile, simulate } from "./serving-sim.js";

const configurations = [
  { model: "llama-3.1-8b", hardware: "h100-sxm", deviceCount: 1, precision: "fp8", inputTokens: 1000, outputTokens: 200 },
  { model: "llama-3.1-8b", hardware: "l4", deviceCount: 1, precision: "fp8", inputTokens: 500, outputTokens: 150 },
  { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 4, precision: "fp8", inputTokens: 2000, outputTokens: 200 },
] as const;
const scenarioOf = (c: (typeof configurations)[number]) => resolveScenario({ ...c, batchSize: 1, deployment: "cloud", assumptions: undefined, load: undefined }, "");

describe("load", () => {
  it.each(configurations.map((c) => [`${c.model} on ${c.deviceCount} x ${c.hardware}`, c] as const))(
    "p50 and p95 time to first token agree with an event simulation up to 85%% of capacity (%s)",
    (_, c) => {
      const s = scenarioOf(c);
      const capacity = loadFigures(s, 1, 1)!.capacityRequestsPerSec;
      for (const utilization of [0.2, 0.5, 0.7, 0.85]) {
        const model = loadFigures(s, capacity * utilization, 1)!;
        const sim = simulate(s, capacity * utilization, { requests: 800, warmup: 200 });
        const at = `${Math.round(utilization * 100)}%`;
        // The model errs on the cautious side at the tail: within 0.7x to 1.6x of the simulated percentiles.
        expect(model.ttftP50Ms! / percentile(sim.ttftMs, 0.5), `p50 at ${at}`).toBeGreaterThan(0.7);
        expect(model.ttftP50Ms! / percentile(sim.ttftMs, 0.5), `p50 at ${at}`).toBeLessThan(1.3);
        expect(model.ttftP95Ms! / percentile(sim.ttftMs, 0.95), `p95 at ${at}`).toBeGreaterThan(0.7);
        expect(model.ttftP95Ms! / percentile(sim.ttftMs, 0.95), `p95 at ${at}`).toBeLessThan(1.6);
        expect(model.concurrency! / sim.meanConcurrency, `sequences in flight at ${at}`).toBeGreaterThan(0.75);
        expect(model.concurrency! / sim.meanConcurrency, `sequences in flight at ${at}`).toBeLessThan(1.25);
      }
    },
    30_000,
  );

  it("a load near capacity raises p95 time to first token well above the single request's", () => {
    const request = { model: "llama-3.1-8b", hardware: "h100-sxm", precision: "fp8", inputTokens: 1000, outputTokens: 200 } as const;
    const alone = estimate(request).latency.ttftMs!;
    const capacity = estimate({ ...request, load: { requestsPerSecond: 1, replicas: 1 } }).load!.capacityRequestsPerSec;
    const p95 = (share: number) => estimate({ ...request, load: { requestsPerSecond: capacity * share, replicas: 1 } }).load!.ttftP95Ms!;
    expect(p95(0.1)).toBeLessThan(alone * 1.3);
    expect(p95(0.9)).toBeGreaterThan(alone * 2);
    for (let share = 0.1; share < 0.95; share += 0.1) expect(p95(share + 0.05)).toBeGreaterThanOrEqual(p95(share));
  });

  it("sizes replicas to the target utilization, and says when a given number cannot keep up", () => {
    const request = { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 4, precision: "fp8", inputTokens: 2000, outputTokens: 300 } as const;
    const r = estimate({ ...request, load: { requestsPerSecond: 40 } });
    expect(r.load!.utilization).toBeLessThanOrEqual(0.85);
    expect(r.load!.replicas).toBe(Math.ceil(40 / (r.load!.capacityRequestsPerSec * 0.85)));
    const short = estimate({ ...request, load: { requestsPerSecond: 40, replicas: 1 } });
    expect(short.load!.overloaded).toBe(true);
    expect(short.load!.ttftP95Ms).toBeNull();
    expect(short.warnings.join(" ")).toMatch(/1 replica cannot serve 40 requests\/s/);
  });

  it("static batches (llama.cpp's single stream) queue whole requests: M/D/1 on the request's time", () => {
    const r = estimate({ model: "llama-3.1-8b", hardware: "apple-m2-ultra", precision: "int4", inputTokens: 300, outputTokens: 200, load: { requestsPerSecond: 0.05 } });
    expect(r.assumptions.runtime).toBe("llamacpp");
    expect(r.load!.concurrency).toBe(1);
    expect(r.load!.capacityRequestsPerSec).toBeCloseTo(1000 / (r.latency.e2eMs! - r.latency.networkMs), 6);
    expect(r.load!.ttftP95Ms!).toBeGreaterThan(r.latency.ttftMs!);
  });

  it("no load, no load figures; an API model's load is the provider's to serve", () => {
    expect(estimate(configurations[0]).load).toBeUndefined();
    const api = estimate({ model: "gpt-4o", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100, load: { requestsPerSecond: 10 } });
    expect(api.load).toBeNull();
    expect(api.warnings.join(" ")).toMatch(/not modelled for an API/);
  });
});
