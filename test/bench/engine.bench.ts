// npm run bench: estimates per second, a 10,000-point sweep, and (when built) bundle sizes.
// Measures the shipped library build (npm run build), the code users run.
import { loadavg } from "node:os";
import { estimate, recommend, sweep } from "../../dist/engine/index.js";

const BUDGET_ESTIMATES_PER_SEC = 100_000;
const BUDGET_SWEEP_MS = 150;
const BUDGET_RECOMMEND_MS = 500;

const requests = [
  { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 256, batchSize: 8 },
  { model: "llama-3.1-70b", hardware: "a100-80gb", deviceCount: 4, precision: "fp8", inputTokens: 2048, outputTokens: 512 },
  { model: "mixtral-8x7b", hardware: "h100-sxm", deviceCount: 2, inputTokens: 1000, outputTokens: 1000, batchSize: 64 },
  { model: "gpt-3.5-turbo", hardware: "h100-sxm", inputTokens: 150, outputTokens: 150 },
] as const;

/** Runs `fn` in windows of `windowMs` and keeps the fastest window: other load on the machine only slows a window down. */
function timeIt(fn: () => void, windowMs = 250, windows = 6): { runs: number; ms: number } {
  let best = { runs: 0, ms: Number.POSITIVE_INFINITY };
  for (let w = 0; w < windows; w++) {
    let runs = 0;
    const start = performance.now();
    let now = start;
    while (now - start < windowMs) {
      for (let i = 0; i < 100; i++) fn();
      runs += 100;
      now = performance.now();
    }
    if (runs / (now - start) > best.runs / best.ms) best = { runs, ms: now - start };
  }
  return best;
}

let i = 0;
timeIt(() => estimate(requests[i++ % requests.length]), 300, 1); // warm up
const single = timeIt(() => estimate(requests[i++ % requests.length]));
const perSec = (single.runs / single.ms) * 1000;

const maxReq = { model: "llama-3.1-8b", hardware: "h100-sxm", precision: "fp8", inputTokens: 1000, outputTokens: 1000, batchSize: "max" } as const;
const maxRun = timeIt(() => estimate(maxReq));
const maxPerSec = (maxRun.runs / maxRun.ms) * 1000;

const grid = {
  base: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 256 },
  vary: {
    batchSize: Array.from({ length: 100 }, (_, k) => k + 1),
    inputTokens: Array.from({ length: 100 }, (_, k) => 128 * (k + 1)),
  },
};
sweep(grid); // warm up
const sweepTimes: number[] = [];
for (let k = 0; k < 5; k++) {
  const t0 = performance.now();
  const result = sweep(grid);
  sweepTimes.push(performance.now() - t0);
  if (result.count !== 10_000) throw new Error("sweep size");
}
sweepTimes.sort((a, b) => a - b);
const sweepMs = sweepTimes[2]!;

const verdict = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");
console.log(`estimate():            ${Math.round(perSec).toLocaleString("en-US")} estimates/s  (budget >= ${BUDGET_ESTIMATES_PER_SEC.toLocaleString("en-US")}: ${verdict(perSec >= BUDGET_ESTIMATES_PER_SEC)})`);
console.log(`estimate(batch "max"): ${Math.round(maxPerSec).toLocaleString("en-US")} estimates/s`);
console.log(`sweep 10,000 points:   ${sweepMs.toFixed(1)} ms median of 5, ${sweepTimes[0]!.toFixed(1)} ms fastest  (budget < ${BUDGET_SWEEP_MS} ms: ${verdict(sweepMs < BUDGET_SWEEP_MS)})`);
console.log(`  (estimates: fastest of ${6} windows of 250 ms; load average now ${loadavg().map((x) => x.toFixed(2)).join(" ")})`);

const planning = { workload: { inputTokens: 500, outputTokens: 200, requestsPerSecond: 3 }, slo: { ttftMs: 800, tpotMs: 60 } };
const t0 = performance.now();
const first = recommend(planning);
const coldMs = performance.now() - t0;
const recommendTimes: number[] = [];
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  recommend(planning);
  recommendTimes.push(performance.now() - t);
}
recommendTimes.sort((a, b) => a - b);
console.log(
  `recommend (full catalog, ${first.candidates.toLocaleString("en-US")} configurations): ${recommendTimes[2]!.toFixed(0)} ms median of 5 after a first call of ${coldMs.toFixed(0)} ms (JIT warm-up)  (budget < ${BUDGET_RECOMMEND_MS} ms: ${verdict(recommendTimes[2]! < BUDGET_RECOMMEND_MS)})`,
);
