// npm run fidelity: predicted vs measured for every calibration point, then accuracy by group and overall.
// `npm run fidelity -- eager` scores the eager (plain transformers) set instead.
import { evaluate } from "./evaluate.js";
import type { Summary } from "./stats.js";

const set = process.argv[2] === "eager" ? "eager" : "measured";
const e = evaluate(set);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));

console.log(`  # ${"model".padEnd(14)} ${"hardware".padEnd(14)} tp prec  ${"in/out".padEnd(11)} ${"batch".padStart(10)} ${"metric".padEnd(10)} ${"predicted".padStart(10)} ${"measured".padStart(10)}    error`);
for (const { point: p, value, ratio, batch } of e.scored) {
  const req = p.request;
  const prec = typeof req.precision === "string" ? req.precision : req.precision!.weights;
  const hw = typeof req.hardware === "string" ? req.hardware : "rtx-3090-ti";
  const b = req.batchSize === "max" ? `max(${batch})` : String(req.batchSize);
  const err = `${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(1)}%`;
  console.log(
    `${String(p.index).padStart(3)} ${String(req.model).padEnd(14)} ${hw.padEnd(14)} ${String(req.deviceCount).padStart(2)} ${prec.padEnd(5)} ${`${req.inputTokens}/${req.outputTokens}`.padEnd(11)} ${b.padStart(10)} ${p.metric.padEnd(10)} ${fmt(value).padStart(10)} ${fmt(p.measured).padStart(10)} ${err.padStart(8)}${p.approximation ? `  (${p.approximation})` : ""}`,
  );
}
for (const s of e.skipped) console.log(`  skipped ${s}`);

const line = (name: string, s: Summary) =>
  console.log(`${name.padEnd(26)} ${String(s.n).padStart(4)}  ${pct(s.mdape).padStart(7)}  ${pct(s.within25).padStart(8)}  ${s.bias.toFixed(3).padStart(6)}`);
console.log(`\n${"group (hardware metric)".padEnd(26)}    n    MdAPE  within25    bias`);
for (const [g, s] of e.groups) line(g, s);
line("overall", e.overall);
console.log("\nMdAPE: median absolute percentage error; within25: share of points within 25%; bias: geometric mean of predicted / measured.");
