// Run the engine through each kind of request while the isolate starts (its global scope may take up to a second;
// a request's CPU budget on the Free plan is 10 ms). V8 optimizes the hot code then, so an isolate's first requests
// run at the speed the budget model (worker/cpu-model.ts) assumes instead of several times slower. About 200 ms of
// CPU on this repository's 2-core test machine (npm run bench:api prints the startup, warm-up included).
import { compare, estimate, recommend, sweep } from "../shared/index.js";
import { COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "./examples.js";

/** A body as a request brings it: made by JSON.parse, whose objects V8 lays out differently from literals. */
const asSent = <T>(body: T): T => JSON.parse(JSON.stringify(body)) as T;

export function warmUp(): void {
  // V8 optimizes a function after many calls: the sweeps take about ten before they run at their warm speed
  // (npm run bench:api's "first" column), estimate far more. A search over the whole catalog is still some 50% slower
  // after sixteen rounds, and within a few percent of its speed after thirty.
  for (let i = 0; i < 100; i++) estimate(asSent(ESTIMATE_EXAMPLE));
  for (let i = 0; i < 3; i++) compare(asSent(COMPARE_EXAMPLE));
  const compact = { ...SWEEP_EXAMPLE, vary: { batchSize: Array.from({ length: 50 }, (_, i) => i + 1), inputTokens: [200, 1000, 4000, 16000] }, fields: ["latency.ttftMs", "cost.perMillionOutputTokensUSD", "compatibility.verdict"] };
  for (let i = 0; i < 8; i++) {
    sweep(asSent(SWEEP_EXAMPLE));
    sweep(asSent(compact));
  }
  const { workload, slo } = RECOMMEND_EXAMPLE;
  for (let i = 0; i < 32; i++) {
    recommend(asSent(RECOMMEND_EXAMPLE));
    recommend(asSent({ workload }));
    recommend(asSent({ workload, slo }));
  }
}
