// Planning: recommend under SLOs, break-even volumes, and the reference scenarios.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breakEven,
  EngineError,
  estimate,
  findHardware,
  HARDWARE,
  HOURS_PER_MONTH,
  MODELS,
  recommend,
  RecommendRequest,
  referenceScenarios,
  REJECTION_REASONS,
  type RecommendRequestInput,
  type Slo,
} from "../../shared/index.js";
import { apiCandidate, selfHostedCandidate, type Candidate } from "../../shared/recommend.js";

const workload = { inputTokens: 500, outputTokens: 200, requestsPerSecond: 3 };

/** The search recommend() prunes, done in full: every configuration sized, all sorted (the test's oracle). */
function fullSearch(input: RecommendRequestInput) {
  const req = RecommendRequest.parse(input, { jitless: true });
  const c = req.constraints;
  const rejected = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<string, number>;
  const all: Candidate[] = [];
  let candidates = 0;
  const consider = (outcome: Candidate | string) => {
    if (typeof outcome === "string") rejected[outcome]! += 1;
    else if (c.budgetUSDPerMonth !== undefined && outcome.monthlyUSD > c.budgetUSDPerMonth) rejected.budget! += 1;
    else all.push(outcome);
  };
  for (const model of MODELS) {
    const base = { model: model.id, inputTokens: req.workload.inputTokens, outputTokens: req.workload.outputTokens, deployment: c.deployment, assumptions: undefined };
    if (model.kind === "api") {
      candidates += 1;
      consider(apiCandidate({ ...base, hardware: HARDWARE[0]!.id, deviceCount: 1, precision: "fp16", batchSize: 1 }, req.slo, req.workload.requestsPerSecond));
      continue;
    }
    for (const h of HARDWARE)
      for (const deviceCount of [1, 2, 4, 8, 16, 32, 64].filter((d) => d <= c.maxDevices))
        for (const precision of c.precisions ?? ["fp16", "fp8", "int8", "int4"]) {
          candidates += 1;
          consider(selfHostedCandidate({ ...base, hardware: h.id, deviceCount, precision, batchSize: 1 }, req.slo, req.workload.requestsPerSecond));
        }
  }
  all.sort((a, b) => a.monthlyUSD - b.monthlyUSD || a.e2eMs - b.e2eMs);
  return { options: all.slice(0, req.limit), candidates, feasible: all.length, rejected };
}

describe("recommend", () => {
  it("every option it returns meets its SLOs when re-estimated, and the load with its replicas", () => {
    const slo = { ttftMs: 800, tpotMs: 60 };
    const { options, feasible } = recommend({ workload, slo, limit: 40 });
    expect(options.length).toBeGreaterThan(0);
    expect(feasible).toBeGreaterThanOrEqual(options.length);
    for (const o of options) {
      const r = estimate(o.request);
      expect(r.latency.ttftMs!).toBeLessThanOrEqual(slo.ttftMs);
      expect(r.latency.tpotMs!).toBeLessThanOrEqual(slo.tpotMs);
      expect(r.compatibility.verdict).toBe("compatible");
      if (r.cost.basis !== "api") expect(r.throughput.requestsPerSec! * o.replicas).toBeGreaterThanOrEqual(workload.requestsPerSecond * (1 - 1e-9));
      // The TTFT target holds at the load: the 95th percentile with queueing, on each replica's share.
      if (r.cost.basis !== "api") {
        const loaded = estimate({ ...o.request, load: { requestsPerSecond: workload.requestsPerSecond, replicas: o.replicas } }).load!;
        expect(loaded.overloaded).toBe(false);
        expect(loaded.ttftP95Ms!).toBeLessThanOrEqual(slo.ttftMs);
      }
    }
    for (let i = 1; i < options.length; i++) expect(options[i]!.monthlyUSD).toBeGreaterThanOrEqual(options[i - 1]!.monthlyUSD);
  });

  it("tightening an SLO never returns a cheaper best option", () => {
    const constraints = { models: ["llama-3.1-8b", "llama-3.1-70b", "gpt-3.5-turbo", "claude-3-sonnet"], hardware: ["l4", "a100-80gb", "h100-sxm"] };
    const cheapest = (slo: Slo) => recommend({ workload, slo, constraints, limit: 1 }).options[0]?.monthlyUSD ?? Number.POSITIVE_INFINITY;
    fc.assert(
      fc.property(
        fc.record({ ttftMs: fc.double({ min: 50, max: 5000, noNaN: true }), tpotMs: fc.double({ min: 5, max: 200, noNaN: true }) }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        (slo, tighten) => {
          expect(cheapest({ ttftMs: slo.ttftMs * tighten, tpotMs: slo.tpotMs })).toBeGreaterThanOrEqual(cheapest(slo));
          expect(cheapest({ ttftMs: slo.ttftMs, tpotMs: slo.tpotMs * tighten })).toBeGreaterThanOrEqual(cheapest(slo));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("a heavy load takes more replicas than the batch alone asks, so that queueing keeps p95 TTFT within its target", () => {
    const heavy = { inputTokens: 4000, outputTokens: 100, requestsPerSecond: 40 };
    const constraints = { models: ["llama-3.1-8b"], hardware: ["h100-sxm"], precisions: ["fp8"] as const, maxDevices: 1 };
    const loose = recommend({ workload: heavy, slo: { tpotMs: 100 }, constraints }).options[0]!;
    const tight = recommend({ workload: heavy, slo: { tpotMs: 100, ttftMs: 250 }, constraints }).options[0]!;
    expect(tight.replicas).toBeGreaterThan(loose.replicas);
    const p95 = estimate({ ...tight.request, load: { requestsPerSecond: heavy.requestsPerSecond, replicas: tight.replicas } }).load!.ttftP95Ms!;
    expect(p95).toBeLessThanOrEqual(250);
  });

  it("returns 10 options unless asked for more (each is a whole result): the cheapest 10 of what `limit` would list", () => {
    const plan = recommend({ workload });
    expect(plan.options).toHaveLength(10);
    const longer = recommend({ workload, limit: 25 });
    expect(longer.options).toHaveLength(25);
    expect(plan.options).toEqual(longer.options.slice(0, 10));
    expect(plan.feasible).toBe(longer.feasible);
  });

  it("a workload nothing can meet returns zero options and the reasons", () => {
    const r = recommend({ workload, slo: { ttftMs: 1 } });
    expect(r.options).toEqual([]);
    expect(r.feasible).toBe(0);
    const total = Object.values(r.rejected).reduce((a, b) => a + b, 0);
    expect(total).toBe(r.candidates);
    expect(r.rejected.ttft).toBeGreaterThan(0);
    expect(r.rejected.memory).toBeGreaterThan(0);
  });

  it("respects the budget and the constraints", () => {
    const r = recommend({ workload, constraints: { models: ["llama-3.1-70b"], hardware: ["h100-sxm"], precisions: ["fp8"], budgetUSDPerMonth: 3000 } });
    for (const o of r.options) {
      expect(o.monthlyUSD).toBeLessThanOrEqual(3000);
      expect(o.request.model).toBe("llama-3.1-70b");
      expect(o.request.precision).toBe("fp8");
    }
    expect(r.rejected.budget).toBeGreaterThan(0);
  });

  it("owned hardware: local deployment costs energy and depreciation, and API models are not options", () => {
    const r = recommend({ workload, constraints: { deployment: "local", models: ["llama-3.1-8b", "gpt-4o"] } });
    expect(r.options.every((o) => o.result.cost.basis === "owned")).toBe(true);
    expect(r.rejected.unavailable).toBeGreaterThan(0);
  });

  it("its pruned search gives exactly what a full search gives (options, their order, feasible and rejected counts)", () => {
    const search = fc.record({
      workload: fc.record({ inputTokens: fc.integer({ min: 1, max: 20_000 }), outputTokens: fc.integer({ min: 1, max: 4000 }), requestsPerSecond: fc.double({ min: 0.01, max: 200, noNaN: true }) }),
      slo: fc.record({ ttftMs: fc.double({ min: 20, max: 20_000, noNaN: true }), tpotMs: fc.double({ min: 2, max: 300, noNaN: true }), e2eMs: fc.double({ min: 100, max: 600_000, noNaN: true }) }, { requiredKeys: [] }),
      constraints: fc.record(
        {
          deployment: fc.constantFrom("cloud", "local", "edge"),
          maxDevices: fc.constantFrom(1, 2, 8, 64),
          budgetUSDPerMonth: fc.double({ min: 10, max: 200_000, noNaN: true }),
          precisions: fc.subarray(["fp16", "fp8", "int8", "int4", "fp4"] as const, { minLength: 1 }),
        },
        { requiredKeys: [] },
      ),
      limit: fc.integer({ min: 1, max: 30 }),
    });
    fc.assert(
      fc.property(search, (request) => {
        const pruned = recommend(request);
        const full = fullSearch(request);
        expect(pruned.feasible).toBe(full.feasible);
        expect(pruned.rejected).toEqual(full.rejected);
        expect(pruned.candidates).toBe(full.candidates);
        expect(pruned.options.map((o) => [o.request, o.replicas, o.monthlyUSD])).toEqual(full.options.map((o) => [o.request, o.replicas, o.monthlyUSD]));
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("a device at least as strong as another in peak FLOPS, bandwidth and links (same runtime and arithmetic) is never slower at batch 1", () => {
    // The screen's shortcut: one device meeting the SLOs at batch 1 vouches for every stronger one.
    const open = MODELS.filter((m) => m.kind === "open").map((m) => m.id);
    const priced = HARDWARE.filter((h) => h.hourlyUSD !== undefined).map((h) => h.id);
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom(...open), fc.constantFrom(...priced), fc.constantFrom(...priced), fc.constantFrom("fp16", "fp8", "int4", "awq"), fc.constantFrom(1, 2, 4, 8), fc.integer({ min: 1, max: 8000 }), (model, a, b, precision, deviceCount, inputTokens) => {
        const at = (hardware: string) => {
          const request = { model, hardware, precision, deviceCount, inputTokens, outputTokens: 200 };
          try {
            return estimate(request);
          } catch {
            return null;
          }
        };
        const [x, y] = [at(a), at(b)];
        if (!x || !y) return;
        const strength = (r: NonNullable<typeof x>, id: string) => ({ h: findHardware(id)!, runtime: r.assumptions.runtime, arithmetic: r.inputs.precision.activations });
        const [sx, sy] = [strength(x, a), strength(y, b)];
        const tflops = (h: typeof sx.h, p: string) => (h.tflops as Record<string, number | undefined>)[p];
        const stronger =
          sx.runtime === sy.runtime &&
          tflops(sx.h, sx.arithmetic) !== undefined &&
          tflops(sy.h, sy.arithmetic) !== undefined &&
          tflops(sx.h, sx.arithmetic)! >= tflops(sy.h, sy.arithmetic)! &&
          sx.h.bandwidthGBps >= sy.h.bandwidthGBps &&
          (sx.h.interconnectGBps ?? 64) >= (sy.h.interconnectGBps ?? 64);
        if (!stronger) return;
        compared += 1;
        expect(x.latency.ttftMs!).toBeLessThanOrEqual(y.latency.ttftMs!);
        expect(x.latency.tpotMs!).toBeLessThanOrEqual(y.latency.tpotMs!);
        expect(x.latency.e2eMs!).toBeLessThanOrEqual(y.latency.e2eMs!);
      }),
      { numRuns: 400 },
    );
    expect(compared).toBeGreaterThan(40);
  });

  it("names an unknown id in the constraints", () => {
    expect(() => recommend({ workload, constraints: { hardware: ["h100-sxm", "h900"] } })).toThrowError(
      expect.objectContaining({ code: "unknown_hardware", path: "constraints.hardware[1]" }),
    );
    expect(() => recommend({ workload: { ...workload, requestsPerSecond: -1 } })).toThrow(EngineError);
  });
});

describe("break-even", () => {
  it("matches a hand calculation: one rented L4 against GPT-3.5 Turbo at 150 in / 150 out", () => {
    const r = breakEven({ workload: { inputTokens: 150, outputTokens: 150 }, selfHosted: { model: "llama-3.1-8b", hardware: "l4", precision: "fp8" }, apiModels: ["gpt-3.5-turbo"] });
    const l4PerHour = findHardware("l4")!.hourlyUSD!;
    const replicaMonthly = l4PerHour * HOURS_PER_MONTH; // $0.43 x 730.5 h = $314.115
    const apiPerOutputToken = (150 * 0.5 + 150 * 1.5) / 1e6 / 150; // $2 per million output tokens, input included
    expect(r.selfHosted.rent!.monthlyUSDPerReplica).toBeCloseTo(replicaMonthly, 9);
    expect(r.api[0]!.usdPerMillionOutputTokens).toBeCloseTo(2, 9);
    expect(r.api[0]!.rentBreakEvenOutputTokensPerMonth!).toBeCloseTo(replicaMonthly / apiPerOutputToken, 3);
    expect(r.api[0]!.rentBreakEvenOutputTokensPerMonth!).toBeCloseTo(157_057_500, 0);
  });
  it("is null when self-hosting costs more per token even fully used", () => {
    const r = breakEven({ workload: { inputTokens: 150, outputTokens: 150 }, selfHosted: { model: "llama-3.1-405b", hardware: "h100-sxm", deviceCount: 8, precision: "fp8" }, apiModels: ["gpt-4o-mini"] });
    expect(r.api[0]!.rentBreakEvenOutputTokensPerMonth).toBeNull();
  });
});

describe("reference scenarios", () => {
  const scenarios = referenceScenarios();
  const option = (id: string, label: RegExp) => scenarios.find((s) => s.id === id)!.options.find((o) => label.test(o.label))!;

  it("there are three, each with requirements, options and a recommendation with reasons", () => {
    expect(scenarios.map((s) => s.id)).toEqual(["chatbot", "content-generation", "research-assistant"]);
    for (const s of scenarios) {
      expect(s.requirements.length).toBeGreaterThan(1);
      expect(s.options.length).toBeGreaterThan(1);
      expect(s.recommendation!.reasons.length).toBeGreaterThan(1);
    }
  });
  it("chatbot: GPT-3.5 Turbo in the cloud costs $0.0003 per request and is recommended at this volume", () => {
    const gpt35 = option("chatbot", /GPT-3.5/);
    expect(gpt35.result.cost.perRequestUSD).toBeCloseTo(0.0003, 10);
    expect(gpt35.result.latency.ttftMs!).toBeLessThan(1000);
    expect(scenarios[0]!.recommendation!.label).toMatch(/GPT-3.5/);
  });
  it("content generation: the GPT-4 path costs $0.045 a request, the self-hosted Llama 2 13B path about $0.0002-0.0003", () => {
    const hybrid = option("content-generation", /Hybrid/);
    const [selfHosted, gpt4] = hybrid.result.paths!;
    expect(gpt4!.result.cost.perRequestUSD).toBeCloseTo(0.045, 10);
    expect(selfHosted!.result.cost.perRequestUSD!).toBeGreaterThan(0.0001);
    expect(selfHosted!.result.cost.perRequestUSD!).toBeLessThan(0.0005);
    expect(scenarios[1]!.recommendation!.label).toMatch(/Hybrid/);
  });
  it("research assistant: Claude 3 Sonnet costs $0.1125 a request; GPT-4 8k cannot hold the context", () => {
    expect(option("research-assistant", /Claude 3 Sonnet/).result.cost.perRequestUSD).toBeCloseTo(0.1125, 10);
    expect(option("research-assistant", /GPT-4/).eligible).toBe(false);
    expect(scenarios[2]!.recommendation!.label).toMatch(/Claude 3 Sonnet/);
  });
});

describe("break-even crossings", () => {
  it("with whole replicas, the API can win again just past a replica's capacity; the last crossing says when it stops", async () => {
    const { firstCrossing, lastCrossing } = await import("../../shared/breakeven.js");
    // One replica: $1,000 a month for 1,000M tokens; the API: $1.5 per million. M / price = 666.7M tokens.
    const hosted = { monthlyUSDPerReplica: 1000, capacityOutputTokensPerMonth: 1e9 };
    const price = 1.5e-6;
    expect(firstCrossing(hosted, price)).toBeCloseTo(2e9 / 3, 0);
    // At 1,000.1M tokens two replicas cost $2,000 but the API $1,500: cheaper again until 2 x 666.7M = 1,333M;
    // 3 replicas ($3,000) beat the API from 2,000M (its bill there is $3,000) on, so the last crossing is 1,333M.
    expect(lastCrossing(hosted, price)).toBeCloseTo(4e9 / 3, 0);
    expect(firstCrossing(hosted, 0.9e-6)).toBeNull(); // a full replica costs $1 per million: never cheaper
  });
  it("names an unknown API id by its place", () => {
    expect(() => breakEven({ workload: { inputTokens: 10, outputTokens: 10 }, selfHosted: { model: "llama-3.1-8b", hardware: "l4" }, apiModels: ["gpt-4", "gpt-9"] })).toThrowError(
      expect.objectContaining({ code: "unknown_model", path: "apiModels[1]" }),
    );
  });
});

describe("architecture consistency", () => {
  it("rejects KV heads that do not divide the query heads, and more experts per token than experts", () => {
    const base = { hiddenSize: 4096, numLayers: 32, numHeads: 32, intermediateSize: 11008, vocabSize: 32000 };
    const run = (model: object) => () => estimate({ model, hardware: "h100-sxm", inputTokens: 10, outputTokens: 10 });
    expect(run({ ...base, numKvHeads: 64 })).toThrowError(expect.objectContaining({ path: "model.numKvHeads" }));
    expect(run({ ...base, numKvHeads: 5 })).toThrowError(expect.objectContaining({ path: "model.numKvHeads" }));
    expect(run({ ...base, moe: { numExperts: 8, expertsPerToken: 9 } })).toThrowError(expect.objectContaining({ path: "model.moe.expertsPerToken" }));
    const config = { hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 64, intermediate_size: 11008, vocab_size: 32000 };
    expect(run({ hfConfig: config })).toThrowError(expect.objectContaining({ code: "invalid_hf_config", message: expect.stringContaining("numKvHeads") }));
  });
});
