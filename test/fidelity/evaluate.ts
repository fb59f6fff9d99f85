// Scores the calculator on a measured data set: per point, per group (hardware x metric) and overall.
import { estimate } from "../../shared/index.js";
import { loadPoints, predicted, type DataSet, type Point } from "./points.js";
import { summarize, type Summary } from "./stats.js";

export type Scored = { point: Point; value: number; ratio: number; batch: number };
export type Evaluation = { scored: Scored[]; skipped: string[]; groups: [string, Summary][]; overall: Summary };

export function evaluate(set: DataSet = "measured"): Evaluation {
  const { points, skipped } = loadPoints(set);
  const scored = points.map((point) => {
    const r = estimate(point.request);
    const value = predicted(point, r);
    return { point, value, ratio: value / point.measured, batch: r.throughput.batchSize };
  });
  const names = [...new Set(scored.map((s) => s.point.group))].sort();
  const groups = names.map((g) => [g, summarize(scored.filter((s) => s.point.group === g).map((s) => s.ratio))] as [string, Summary]);
  return { scored, skipped: skipped.map((s) => `#${s.index}: ${s.skipped}`), groups, overall: summarize(scored.map((s) => s.ratio)) };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The accuracy table the README shows (kept in step by test/fidelity/fidelity.test.ts). */
export function markdownTable(e: Evaluation): string {
  const rows = [...e.groups, ["**overall**", e.overall] as [string, Summary]];
  return [
    "| group (hardware, metric) | points | median abs. error | within 25% | bias (geo. mean of predicted / measured) |",
    "|---|---:|---:|---:|---:|",
    ...rows.map(([g, s]) => `| ${g} | ${s.n} | ${pct(s.mdape)} | ${pct(s.within25)} | ${s.bias.toFixed(3)} |`),
  ].join("\n");
}
