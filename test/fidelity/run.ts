// npm run fidelity: predicted vs measured for every calibration point, then accuracy by group and overall.
import { estimate } from "../../shared/index.js";
import { loadPoints, predicted } from "./points.js";
import { summarize, type Summary } from "./stats.js";

const set = process.argv[2] === "eager" ? "eager" : "measured";
const { points, skipped } = loadPoints(set);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toPrecision(3));

const rows: { group: string; ratio: number }[] = [];
console.log("  # model          hardware     tp prec  in/out        batch  metric      predicted   measured   error");
for (const p of points) {
  const r = estimate(p.request);
  const value = predicted(p, r);
  const ratio = value / p.measured;
  rows.push({ group: p.group, ratio });
  const req = p.request;
  const prec = typeof req.precision === "string" ? req.precision : req.precision!.weights;
  const hw = typeof req.hardware === "string" ? req.hardware : "rtx-3090-ti";
  const batch = req.batchSize === "max" ? `max(${r.throughput.batchSize})` : String(req.batchSize);
  console.log(
    `${String(p.index).padStart(3)} ${String(req.model).padEnd(14)} ${hw.padEnd(12)} ${String(req.deviceCount).padStart(2)} ${prec.padEnd(5)} ${`${req.inputTokens}/${req.outputTokens}`.padEnd(12)} ${batch.padStart(10)} ${p.metric.padEnd(10)} ${fmt(value).padStart(10)} ${fmt(p.measured).padStart(10)} ${`${ratio >= 1 ? "+" : ""}${((ratio - 1) * 100).toFixed(1)}%`.padStart(8)}${p.approximation ? `  (${p.approximation})` : ""}`,
  );
}
for (const s of skipped) console.log(`  skipped #${s.index}: ${s.skipped}`);

const line = (name: string, s: Summary) =>
  console.log(`${name.padEnd(24)} ${String(s.n).padStart(4)}  ${pct(s.mdape).padStart(7)}  ${pct(s.within25).padStart(7)}  ${s.bias.toFixed(3).padStart(6)}`);
console.log(`\n${"group (hardware metric)".padEnd(24)}    n    MdAPE  within25   bias`);
const groups = [...new Set(rows.map((r) => r.group))].sort();
for (const g of groups) line(g, summarize(rows.filter((r) => r.group === g).map((r) => r.ratio)));
line("overall", summarize(rows.map((r) => r.ratio)));
