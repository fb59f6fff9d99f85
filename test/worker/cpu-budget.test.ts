// The CPU budget (worker/cpu-budget.ts): every endpoint's example answers within the Free plan's 10 ms as the budget
// model counts it (the Server-Timing header: engine steps and bytes at rates `npm run bench` checks), and a request
// that would need more is refused with a JSON 413 naming the limit, up front or as soon as its work runs over.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../worker/app.js";
import type { Bindings } from "../../worker/env.js";
import { BREAKEVEN_EXAMPLE, COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "../../worker/examples.js";
import { expectError, ORIGIN, post } from "./helpers.js";

/** The estimated CPU milliseconds an answer declares: `Server-Timing: cpu;dur=<ms>;...`. */
function cpuMs(response: Response): number {
  const header = response.headers.get("server-timing") ?? "";
  const match = /(?:^|,)\s*cpu;dur=([\d.]+)/.exec(header);
  expect(match, `Server-Timing: ${header}`).not.toBeNull();
  return Number(match![1]);
}

const grid = (points: number, fields?: string[]) => ({
  base: { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 4, precision: "fp8", inputTokens: 1000, outputTokens: 500 },
  vary: { batchSize: Array.from({ length: points / 25 }, (_, i) => i + 1), inputTokens: Array.from({ length: 25 }, (_, i) => 200 * (i + 1)) },
  ...(fields ? { fields } : {}),
});
const COMPACT_FIELDS = ["latency.ttftMs", "latency.tpotMs", "throughput.outputTokensPerSec", "cost.perMillionOutputTokensUSD", "compatibility.verdict"];

/** The same worker with another budget (as CPU_BUDGET_MS in wrangler.toml would set it on a paid plan). */
function withBudget(ms: string) {
  const app = createApp();
  const bindings: Bindings = { ...(env as unknown as Bindings), CPU_BUDGET_MS: ms };
  return (path: string, body: unknown) =>
    app.request(new URL(path, ORIGIN).href, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }, bindings);
}

describe("every endpoint's example runs within the Free plan's 10 ms of CPU", () => {
  const cases: [string, string, unknown][] = [
    ["estimate (README example)", "/v1/estimate", ESTIMATE_EXAMPLE],
    ["compare (README example)", "/v1/compare", COMPARE_EXAMPLE],
    ["compare, 50 scenarios", "/v1/compare", { scenarios: Array.from({ length: 50 }, (_, i) => COMPARE_EXAMPLE.scenarios[i % 3]) }],
    ["sweep (README example)", "/v1/sweep", SWEEP_EXAMPLE],
    ["sweep, 1,000 points, compact", "/v1/sweep", grid(1000, COMPACT_FIELDS)],
    ["recommend (README example)", "/v1/recommend", RECOMMEND_EXAMPLE],
    ["recommend, no constraints", "/v1/recommend", { workload: { inputTokens: 1000, outputTokens: 300, requestsPerSecond: 20 } }],
    ["recommend, SLOs", "/v1/recommend", { workload: { inputTokens: 500, outputTokens: 200, requestsPerSecond: 3 }, slo: { ttftMs: 800, tpotMs: 60 } }],
    ["breakeven (README example)", "/v1/breakeven", BREAKEVEN_EXAMPLE],
  ];
  it.each(cases)("%s", async (_, path, body) => {
    const response = await post(path, body);
    expect(response.status, await response.clone().text()).toBe(200);
    const ms = cpuMs(response);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10);
  });
});

describe("over the budget: a JSON refusal, never Cloudflare's error 1102", () => {
  it("a 10,000-point sweep in the full form is refused up front (413 over_cpu_budget, naming the limit)", async () => {
    const error = await expectError(await post("/v1/sweep", grid(10_000)), 413, "over_cpu_budget", "vary");
    expect(error.message).toMatch(/10,000-point sweep in the full form needs about \d+ ms of CPU, over the 10 ms/);
    expect(error.message).toMatch(/CPU_BUDGET_MS/);
    expect(error.message).toMatch(/"fields"/);
  });

  it("a search that runs over is stopped with the same JSON error", async () => {
    // 3 ms leaves room for the answer up front, not for the search.
    const tight = withBudget("3");
    const response = await tight("/v1/recommend", { workload: { inputTokens: 1000, outputTokens: 300, requestsPerSecond: 20 }, slo: { tpotMs: 50 } });
    const error = await expectError(response, 413, "over_cpu_budget", "");
    expect(error.message).toMatch(/this search needs more CPU than the 3 ms per request/);
  });

  it("a search of the whole catalog under a budget (it sizes every configuration it could afford) is stopped on the Free plan, and answered on a paid plan", async () => {
    const body = { workload: { inputTokens: 1000, outputTokens: 300, requestsPerSecond: 20 }, slo: { ttftMs: 500, tpotMs: 50 }, constraints: { maxDevices: 4, budgetUSDPerMonth: 20000 }, limit: 5 };
    const error = await expectError(await post("/v1/recommend", body), 413, "over_cpu_budget", "");
    expect(error.message).toMatch(/narrower constraints, or fewer options \("limit"\)/);
    const paid = await withBudget("30000")("/v1/recommend", body);
    expect(paid.status).toBe(200);
    expect(cpuMs(paid)).toBeGreaterThan(10);
  });

  it("with a paid plan's budget (CPU_BUDGET_MS=30000) the API computes 10,000 points, its sweep limit", async () => {
    const response = await withBudget("30000")("/v1/sweep", grid(10_000));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { count: number; points: unknown[] };
    expect(body.count).toBe(10_000);
    expect(body.points).toHaveLength(10_000);
    expect(cpuMs(response)).toBeGreaterThan(10);
  });
});
