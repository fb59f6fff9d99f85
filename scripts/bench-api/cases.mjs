// The requests npm run bench:api times in process: every endpoint, with the README's example bodies
// (worker/examples.ts) where there is one, and the heavy cases (a 50-scenario compare, 1,000-point sweeps,
// a recommend with no constraints).
import { importTs } from "../import-ts.mjs";

const { BREAKEVEN_EXAMPLE, COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } = await importTs("worker/examples.ts");

/** The columns a chart needs: the compact sweep form (`fields`) answers only these, once the engine supports it. */
export const SWEEP_FIELDS = ["latency.ttftMs", "latency.tpotMs", "throughput.outputTokensPerSec", "cost.perMillionOutputTokensUSD"];

/** 40 batch sizes x 25 prompt lengths = 1,000 points on the README's sweep base. */
export const SWEEP_1000 = {
  base: SWEEP_EXAMPLE.base,
  vary: { batchSize: Array.from({ length: 40 }, (_, i) => i + 1), inputTokens: Array.from({ length: 25 }, (_, i) => 200 * (i + 1)) },
};

/** The README's three scenarios, repeated to the limit of 50 with other output lengths (so no two are alike). */
const COMPARE_50 = { scenarios: Array.from({ length: 50 }, (_, i) => ({ ...COMPARE_EXAMPLE.scenarios[i % COMPARE_EXAMPLE.scenarios.length], outputTokens: 100 + 10 * i })) };

/** The whole catalog searched for the README's workload: with nothing else, and with its SLOs (no constraints). */
const RECOMMEND_UNCONSTRAINED = { workload: RECOMMEND_EXAMPLE.workload };
const RECOMMEND_WITH_SLOS = { workload: RECOMMEND_EXAMPLE.workload, slo: RECOMMEND_EXAMPLE.slo };

export const ESTIMATE_BODY = ESTIMATE_EXAMPLE;

/** `form` says how to describe the answer (the sweeps say which form came back); `status` is the one expected (200). */
export const CASES = [
  { name: "GET /health", path: "/health" },
  { name: "GET /v1/models", path: "/v1/models" },
  { name: "GET /openapi.json", path: "/openapi.json" },
  { name: "GET /v1/scenarios", path: "/v1/scenarios" },
  { name: "POST /v1/estimate (README example)", path: "/v1/estimate", body: ESTIMATE_EXAMPLE },
  { name: "POST /v1/compare, 50 scenarios", path: "/v1/compare", body: COMPARE_50 },
  // The full form of 1,000 points (about 3 MB of JSON) would take several times the Free plan's 10 ms: it is refused up
  // front (413 over_cpu_budget, before any work), and this times the refusal.
  { name: "POST /v1/sweep, 1,000 points, full form (refused)", path: "/v1/sweep", body: SWEEP_1000, form: sweepForm, status: 413 },
  { name: "POST /v1/sweep, 1,000 points, 4 fields", path: "/v1/sweep", body: { ...SWEEP_1000, fields: SWEEP_FIELDS }, form: sweepForm },
  { name: "POST /v1/recommend, unconstrained", path: "/v1/recommend", body: RECOMMEND_UNCONSTRAINED },
  { name: "POST /v1/recommend, whole catalog, SLOs", path: "/v1/recommend", body: RECOMMEND_WITH_SLOS },
  { name: "POST /v1/recommend (example: 2 models, 2 formats)", path: "/v1/recommend", body: RECOMMEND_EXAMPLE },
  { name: "POST /v1/breakeven (README example)", path: "/v1/breakeven", body: BREAKEVEN_EXAMPLE },
];

/** Which sweep form came back: columns (the compact form) or points (the full one), or a refusal. */
function sweepForm(text) {
  const answer = JSON.parse(text);
  if ("error" in answer) return `refused (${answer.error.code})`;
  return "columns" in answer ? "compact (columns)" : "full (points)";
}
