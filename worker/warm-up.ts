// Run the engine through each kind of request while the isolate starts (its global scope may take up to a second;
// a request's CPU budget on the Free plan is 10 ms). V8 optimizes the hot code then, so an isolate's first requests
// run at the speed the budget model (worker/cpu-model.ts) assumes instead of several times slower. About 250 ms of
// CPU on this repository's 2-core test machine.
import { compare, estimate, recommend, sweep } from "../shared/index.js";
import { COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "./examples.js";

export function warmUp(): void {
  // V8 optimizes a function after many calls: the searches and sweeps take about ten before they run at their warm
  // speed (npm run bench:api's "first" column), estimate far more.
  for (let i = 0; i < 100; i++) estimate(ESTIMATE_EXAMPLE);
  for (let i = 0; i < 3; i++) compare(COMPARE_EXAMPLE);
  const compact = { ...SWEEP_EXAMPLE, vary: { batchSize: Array.from({ length: 50 }, (_, i) => i + 1), inputTokens: [200, 1000, 4000, 16000] }, fields: ["latency.ttftMs", "cost.perMillionOutputTokensUSD", "compatibility.verdict"] };
  for (let i = 0; i < 8; i++) {
    sweep(SWEEP_EXAMPLE);
    sweep(compact);
    recommend(RECOMMEND_EXAMPLE);
    recommend({ workload: RECOMMEND_EXAMPLE.workload });
    recommend({ workload: RECOMMEND_EXAMPLE.workload, slo: RECOMMEND_EXAMPLE.slo });
  }
}
