// npm run fidelity:crossval: refit without one hardware (or one model size) at a time and score the held-out
// points: how the calibration carries to measurements it never saw.
import { fitProfile, OPTIMIZED_PARAMS, PRIOR, ratiosWith } from "./fit.js";
import { loadPoints, type Point } from "./points.js";
import { summarize, type Summary } from "./stats.js";

const hardwareOf = (p: Point) => (typeof p.request.hardware === "string" ? p.request.hardware : "custom");
const sizeOf = (p: Point) => (/70b/.test(String(p.request.model)) ? "70B models" : "7-13B and MoE models");

export function crossValidate(): [string, Summary][] {
  const optimized = loadPoints("measured").points.filter((p) => p.request.assumptions?.runtime === "optimized");
  const rows: [string, Summary][] = [];
  for (const key of [hardwareOf, sizeOf]) {
    for (const value of [...new Set(optimized.map(key))].sort()) {
      const train = optimized.filter((p) => key(p) !== value);
      const test = optimized.filter((p) => key(p) === value);
      rows.push([value, summarize(ratiosWith(test, fitProfile(train, OPTIMIZED_PARAMS, PRIOR)))]);
    }
  }
  return rows;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The README's held-out table. */
export function crossValidationTable(rows: [string, Summary][]): string {
  return [
    "| held out (fit on the rest) | points | median abs. error | within 25% | bias |",
    "|---|---:|---:|---:|---:|",
    ...rows.map(([name, s]) => `| ${name} | ${s.n} | ${pct(s.mdape)} | ${pct(s.within25)} | ${s.bias.toFixed(3)} |`),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(crossValidationTable(crossValidate()));
