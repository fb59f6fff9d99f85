// Run the engine once through each kind of request while the isolate starts (its global scope may take up to a
// second; a request's CPU budget on the Free plan is 10 ms). V8 compiles the hot code then, so an isolate's first
// requests run at the speed the budget model (worker/cpu-model.ts) assumes instead of several times slower.
import { compare, estimate, recommend, sweep } from "../shared/index.js";
import { COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "./examples.js";

export function warmUp(): void {
  for (let i = 0; i < 20; i++) estimate(ESTIMATE_EXAMPLE);
  compare(COMPARE_EXAMPLE);
  sweep(SWEEP_EXAMPLE);
  sweep({ ...SWEEP_EXAMPLE, vary: { batchSize: Array.from({ length: 50 }, (_, i) => i + 1), inputTokens: [200, 1000, 4000, 16000] }, fields: ["latency.ttftMs", "cost.perMillionOutputTokensUSD", "compatibility.verdict"] });
  recommend(RECOMMEND_EXAMPLE);
  recommend({ workload: RECOMMEND_EXAMPLE.workload, slo: RECOMMEND_EXAMPLE.slo });
}
