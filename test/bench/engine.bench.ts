// npm run bench: the engine's speed against its budgets, on the shipped library build (npm run build), and the CPU
// rates the API's budget model assumes (worker/cpu-budget.ts) against what they measure here. Times are CPU time
// (process.cpuUsage), the fastest of several runs: other load on the machine only slows a run down.
import { cpus, loadavg } from "node:os";
import { compare, estimate, recommend, stepsDone, sweep } from "../../dist/engine/index.js";
import { CPU_RATES } from "../../worker/cpu-model.js";
import { COMPARE_EXAMPLE, ESTIMATE_EXAMPLE } from "../../worker/examples.js";

const BUDGET = { estimatesPerSec: 400_000, compactPointsPerSec: 2_000_000, compactSweep10kMs: 25, recommendMs: 10 };

/** CPU milliseconds of one call of `fn`. */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The fastest of `runs` calls (after `warm` unmeasured ones). */
function fastest(fn: () => unknown, runs = 30, warm = 5): number {
  for (let i = 0; i < warm; i++) fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(fn));
  return best;
}

/** Calls per second of `fn`, from the fastest of several windows of many calls. */
function rate(fn: () => unknown, perWindow = 20_000, windows = 8): number {
  const ms = fastest(() => {
    for (let i = 0; i < perWindow; i++) fn();
  }, windows, 2);
  return (perWindow / ms) * 1000;
}

const verdict = (ok: boolean) => (ok ? "ok" : "OVER BUDGET");
const fmt = (x: number, digits = 0) => x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
let failed = false;
function report(label: string, value: string, ok: boolean, budget: string) {
  if (!ok) failed = true;
  console.log(`${label.padEnd(44)} ${value.padStart(22)}  (budget ${budget}: ${verdict(ok)})`);
}

// ---------------------------------------------------------------- estimate
const requests = [
  ESTIMATE_EXAMPLE,
  { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 256, batchSize: 8 },
  { model: "llama-3.1-70b", hardware: "a100-80gb", deviceCount: 4, precision: "fp8", inputTokens: 2048, outputTokens: 512 },
  { model: "mixtral-8x7b", hardware: "h100-sxm", deviceCount: 2, inputTokens: 1000, outputTokens: 1000, batchSize: 64 },
  { model: "gpt-3.5-turbo", hardware: "h100-sxm", inputTokens: 150, outputTokens: 150 },
];
let i = 0;
const perSec = rate(() => estimate(requests[i++ % requests.length]));
report("estimate()", `${fmt(perSec)} /s`, perSec >= BUDGET.estimatesPerSec, `>= ${fmt(BUDGET.estimatesPerSec)}/s`);
const maxReq = { model: "llama-3.1-8b", hardware: "h100-sxm", precision: "fp8", inputTokens: 1000, outputTokens: 1000, batchSize: "max" } as const;
console.log(`${"estimate(batchSize \"max\")".padEnd(44)} ${`${fmt(rate(() => estimate(maxReq), 5000))} /s`.padStart(22)}`);

// ---------------------------------------------------------------- sweeps
const grid = {
  base: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 256 },
  vary: { batchSize: Array.from({ length: 100 }, (_, k) => k + 1), inputTokens: Array.from({ length: 100 }, (_, k) => 128 * (k + 1)) },
};
const FIELDS = ["latency.ttftMs", "latency.tpotMs", "throughput.outputTokensPerSec", "cost.perMillionOutputTokensUSD", "compatibility.verdict"] as const;
const compact = { ...grid, fields: FIELDS };
const compactMs = fastest(() => sweep(compact));
report("sweep, compact (5 fields): points", `${fmt((10_000 / compactMs) * 1000)} /s`, (10_000 / compactMs) * 1000 >= BUDGET.compactPointsPerSec, `>= ${fmt(BUDGET.compactPointsPerSec)}/s`);
const servedMs = fastest(() => JSON.stringify(sweep(compact)));
report("sweep, compact, 10,000 points + JSON", `${fmt(servedMs, 1)} ms`, servedMs < BUDGET.compactSweep10kMs, `< ${BUDGET.compactSweep10kMs} ms`);
const small = { base: grid.base, vary: { batchSize: grid.vary.batchSize.slice(0, 40), inputTokens: grid.vary.inputTokens.slice(0, 25) }, fields: FIELDS };
console.log(`${"sweep, compact, 1,000 points: JSON".padEnd(44)} ${`${fmt(JSON.stringify(sweep(small)).length / 1000, 1)} KB`.padStart(22)}  (budget <= 40 KB)`);
const fullMs = fastest(() => JSON.stringify(sweep({ base: grid.base, vary: small.vary })), 5, 2);
console.log(`${"sweep, full form, 1,000 points + JSON".padEnd(44)} ${`${fmt(fullMs, 1)} ms`.padStart(22)}`);

// ---------------------------------------------------------------- recommend
const unconstrained = { workload: { inputTokens: 1000, outputTokens: 300, requestsPerSecond: 20 } };
const withSlo = { workload: { inputTokens: 500, outputTokens: 200, requestsPerSecond: 3 }, slo: { ttftMs: 800, tpotMs: 60 } };
const budgeted = { ...withSlo, constraints: { maxDevices: 4, budgetUSDPerMonth: 20000 }, limit: 5 };
const coldMs = cpuMs(() => recommend(unconstrained));
const candidates = recommend(unconstrained).candidates;
for (const [label, body] of [["unconstrained", unconstrained], ["with SLOs", withSlo]] as const) {
  // Warm: V8 takes some ten calls of a search to optimize it (the first call is reported below).
  const ms = fastest(() => recommend(body), 30, 15);
  report(`recommend, ${label}`, `${fmt(ms, 1)} ms`, ms < BUDGET.recommendMs, `< ${BUDGET.recommendMs} ms warm`);
}
// A budget makes recommend size every configuration it could afford: over the whole catalog this is more than the
// Free plan's 10 ms, and the API refuses it there (413 over_cpu_budget) unless the constraints narrow it.
console.log(`${"recommend, with SLOs and a budget".padEnd(44)} ${`${fmt(fastest(() => recommend(budgeted), 15, 10), 1)} ms`.padStart(22)}  (no budget: over 10 ms the API refuses it on the Free plan)`);
console.log(`  (${fmt(candidates)} configurations in the catalog's search; the first call, JIT cold, took ${fmt(coldMs)} ms)`);

// ---------------------------------------------------------------- the API's CPU rates
// Each measured rate must not exceed the rate worker/cpu-budget.ts plans with, or the API could run past its budget.
console.log("\nCPU rates the API's budget model uses (worker/cpu-budget.ts), against this machine:");
type Workload = [string, () => unknown];
const resultWorkloads: Workload[] = [
  ["a compact sweep, 5 fields", () => sweep(compact)],
  ["a compact sweep, 1 field", () => sweep({ ...compact, fields: ["latency.ttftMs"] })],
  ["a full sweep (results, no JSON)", () => sweep({ base: grid.base, vary: small.vary })],
  ["compare, 50 scenarios (no JSON)", () => compare({ scenarios: Array.from({ length: 50 }, (_, k) => COMPARE_EXAMPLE.scenarios[k % 3]) })],
  ["estimate", () => estimate(ESTIMATE_EXAMPLE)],
];
const searchWorkloads: Workload[] = [
  ["with SLOs and a budget", () => recommend(budgeted)],
  ["unconstrained", () => recommend(unconstrained)],
  ["with SLOs", () => recommend(withSlo)],
];
const perStep = (workloads: Workload[]) => workloads.map(([label, run]) => {
  const before = stepsDone();
  run();
  const steps = stepsDone() - before;
  // Enough calls per measurement for the CPU clock to resolve it (about 20 ms).
  const reps = Math.max(1, Math.round(20 / Math.max(0.01, cpuMs(run))));
  const ms = fastest(() => {
    for (let k = 0; k < reps; k++) run();
  }, 20, 1) / reps;
  return { label, us: (ms * 1000) / steps };
});
function rateReport(label: string, measured: { label: string; us: number }[], planned: number): number {
  const worst = measured.reduce((a, b) => (b.us > a.us ? b : a));
  report(label, `${fmt(worst.us, 2)} us`, worst.us <= planned, `<= ${planned} us`);
  console.log(`    (${measured.map((w) => `${w.label} ${fmt(w.us, 2)}`).join("; ")})`);
  return worst.us;
}
const perTimingUs = rateReport("  per engine step building results (worst)", perStep(resultWorkloads), CPU_RATES.usPerStep);
rateReport("  per step of recommend's search (worst)", perStep(searchWorkloads), CPU_RATES.usPerSearchStep);
const fullBody = { base: grid.base, vary: small.vary };
const fullBytes = JSON.stringify(sweep(fullBody)).length;
const fullComputeMs = fastest(() => sweep(fullBody), 5, 2);
const perResponseByteNs = (fullMs * 1e6) / fullBytes;
report("  per response byte (full results + JSON)", `${fmt(perResponseByteNs, 1)} ns`, perResponseByteNs <= CPU_RATES.nsPerResponseByte, `<= ${CPU_RATES.nsPerResponseByte} ns`);
console.log(`    (of which building the results: ${fmt((fullComputeMs * 1e6) / fullBytes, 1)} ns/byte)`);
const bigCompare = JSON.stringify({ scenarios: Array.from({ length: 50 }, (_, k) => ({ ...COMPARE_EXAMPLE.scenarios[k % 3], padding: "x".repeat(15_000) })) });
const parseMs = fastest(() => compare(JSON.parse(bigCompare)), 8, 2);
// Less the 50 estimates themselves (their steps, at the worst rate measured above).
const estimatesMs = (50 * 8 * perTimingUs) / 1000;
const perRequestByteNs = (Math.max(0, parseMs - estimatesMs) * 1e6) / bigCompare.length;
report("  per request byte (parse + validate)", `${fmt(perRequestByteNs, 1)} ns`, perRequestByteNs <= CPU_RATES.nsPerRequestByte, `<= ${CPU_RATES.nsPerRequestByte} ns`);

console.log(`\nload average now ${loadavg().map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} cores (the figures above are CPU time, fastest run)`);
if (failed) process.exitCode = 1;
