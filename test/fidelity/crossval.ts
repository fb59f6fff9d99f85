// npm run fidelity:crossval: refit without one hardware (or precision, or model size) at a time and score the
// held-out points — how the calibration carries to measurements it never saw.
import { fitProfile, PRIOR, OPTIMIZED_PARAMS, ratiosWith } from "./fit.js";
import { loadPoints, type Point } from "./points.js";
import { summarize } from "./stats.js";

const { points } = loadPoints();
const optimized = points.filter((p) => p.request.assumptions?.runtime === "optimized");
const hardwareOf = (p: Point) => (typeof p.request.hardware === "string" ? p.request.hardware : "custom");
const precisionOf = (p: Point) => (typeof p.request.precision === "string" ? p.request.precision : p.request.precision!.weights);
const sizeOf = (p: Point) => (/70b/.test(String(p.request.model)) ? "70B" : "7-13B + MoE");

const splits: [string, (p: Point) => string][] = [
  ["hardware", hardwareOf],
  ["precision", precisionOf],
  ["model size", sizeOf],
];
console.log("held out                      n   MdAPE  within25   bias");
for (const [what, key] of splits) {
  for (const value of [...new Set(optimized.map(key))]) {
    const train = optimized.filter((p) => key(p) !== value);
    const test = optimized.filter((p) => key(p) === value);
    const fitted = fitProfile(train, OPTIMIZED_PARAMS, PRIOR);
    const s = summarize(ratiosWith(test, fitted));
    console.log(`${`${what}: ${value}`.padEnd(26)} ${String(s.n).padStart(4)}  ${(s.mdape * 100).toFixed(1).padStart(5)}%  ${(s.within25 * 100).toFixed(0).padStart(6)}%  ${s.bias.toFixed(3)}`);
  }
}
