// npm run fit: fits each runtime profile's efficiency constants on the calibration points and rewrites
// shared/catalog/calibration.ts (constants + residual bands). Deterministic: Nelder-Mead from fixed starts.
import { writeFileSync } from "node:fs";
import { estimate, type Runtime } from "../../shared/index.js";
import { loadPoints, predicted, type DataSet, type Point } from "./points.js";
import { summarize } from "./stats.js";

/** The constants a fit may move, with how each maps to an unbounded search variable. */
const PARAMS = {
  computeEfficiency: { kind: "fraction" },
  computeHalfSaturationTokens: { kind: "positive" },
  activationTrafficPerLayer: { kind: "positive" },
  bandwidthEfficiency: { kind: "fraction" },
  stepOverheadMs: { kind: "positive" },
  allReduceLatencyUs: { kind: "positive" },
  interconnectEfficiency: { kind: "fraction" },
} as const;
type ParamName = keyof typeof PARAMS;
type Values = Record<ParamName, number>;

/**
 * Physical priors, the fit's starting point and the values a constant is pulled toward when the data cannot
 * tell it apart from another (for example per-step overhead against bandwidth efficiency at batch 1): large
 * GEMMs reach ~60% of dense peak and half of that at ~64 tokens per step; elementwise work streams ~10
 * activation vectors per layer; decode streams weights at ~80% of peak bandwidth; ~0.5 ms of launch and
 * scheduling per step; ~20 us latency and ~70% of link bandwidth per NCCL-style all-reduce.
 */
export const PRIOR: Values = {
  computeEfficiency: 0.6,
  computeHalfSaturationTokens: 64,
  activationTrafficPerLayer: 10,
  bandwidthEfficiency: 0.8,
  stepOverheadMs: 0.5,
  allReduceLatencyUs: 20,
  interconnectEfficiency: 0.7,
};
/**
 * Eager PyTorch is launch-bound: every layer issues dozens of small kernels from Python, ~15 ms per step for a
 * 7-13B model, and attention is unfused, so more activation traffic. Weights still stream at ~80% of peak.
 */
const EAGER_PRIOR: Values = { ...PRIOR, stepOverheadMs: 15, activationTrafficPerLayer: 20 };

/** Weight of the prior against the mean absolute log error: weak, it only settles flat directions. */
const PRIOR_WEIGHT = 0.002;

const toSearch = (name: ParamName, v: number) => (PARAMS[name].kind === "fraction" ? Math.log(v / (1 - v)) : Math.log(v));
const fromSearch = (name: ParamName, x: number) => (PARAMS[name].kind === "fraction" ? 1 / (1 + Math.exp(-x)) : Math.exp(x));

export function ratiosWith(points: readonly Point[], values: Partial<Values>): number[] {
  return points.map((p) => {
    const r = estimate({ ...p.request, assumptions: { ...p.request.assumptions, ...values } });
    return predicted(p, r) / p.measured;
  });
}

/** Mean absolute log error: robust to the few odd records, and symmetric in over- and under-prediction. */
const loss = (ratios: readonly number[]) => ratios.reduce((s, r) => s + Math.abs(Math.log(r)), 0) / ratios.length;

function nelderMead(f: (x: number[]) => number, start: number[], step = 0.5, iterations = 600): number[] {
  const n = start.length;
  let simplex = [start, ...start.map((_, i) => start.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, y: f(x) }));
  for (let it = 0; it < iterations; it++) {
    simplex.sort((a, b) => a.y - b.y);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const centroid = start.map((_, j) => simplex.slice(0, n).reduce((s, p) => s + p.x[j]!, 0) / n);
    const at = (t: number) => centroid.map((c, j) => c + t * (worst.x[j]! - c));
    const reflected = { x: at(-1), y: 0 };
    reflected.y = f(reflected.x);
    if (reflected.y < best.y) {
      const expanded = { x: at(-2), y: 0 };
      expanded.y = f(expanded.x);
      simplex[n] = expanded.y < reflected.y ? expanded : reflected;
    } else if (reflected.y < simplex[n - 1]!.y) {
      simplex[n] = reflected;
    } else {
      const contracted = { x: at(0.5), y: 0 };
      contracted.y = f(contracted.x);
      if (contracted.y < worst.y) simplex[n] = contracted;
      else simplex = simplex.map((p, i) => (i === 0 ? p : { x: p.x.map((v, j) => best.x[j]! + 0.5 * (v - best.x[j]!)), y: 0 })).map((p, i) => (i === 0 ? p : { x: p.x, y: f(p.x) }));
    }
    if (Math.abs(simplex[n]!.y - simplex[0]!.y) < 1e-9) break;
  }
  simplex.sort((a, b) => a.y - b.y);
  return simplex[0]!.x;
}

export function fitProfile(points: readonly Point[], names: readonly ParamName[], start: Values, fixed: Partial<Values> = {}): Values {
  const f = (x: number[]) => {
    const values: Partial<Values> = { ...fixed };
    names.forEach((name, i) => (values[name] = fromSearch(name, x[i]!)));
    const prior = names.reduce((sum, name, i) => sum + (x[i]! - toSearch(name, start[name])) ** 2, 0);
    return loss(ratiosWith(points, values)) + PRIOR_WEIGHT * prior;
  };
  let x = names.map((name) => toSearch(name, start[name]));
  for (let restart = 0; restart < 3; restart++) x = nelderMead(f, x, restart === 0 ? 0.5 : 0.2);
  const fitted = { ...start };
  names.forEach((name, i) => (fitted[name] = fromSearch(name, x[i]!)));
  return fitted;
}

const round = (v: number) => Number(v.toPrecision(3));

/** Which constants each runtime's data can pin down; the rest keep their documented defaults. */
export const OPTIMIZED_PARAMS = Object.keys(PARAMS) as ParamName[];
const FITTED_PARAMS: Record<Runtime, readonly ParamName[]> = {
  // 144 points: throughput across batch, context, 1-8 devices, three GPUs; single-stream TTFT and TPOT.
  optimized: OPTIMIZED_PARAMS,
  // 6 single-stream points: enough for one compute and one bandwidth efficiency, no more.
  llamacpp: ["computeEfficiency", "bandwidthEfficiency"],
  // 13 points, one device, batch 1 to 64: the two efficiencies and the launch-bound per-step cost.
  eager: ["computeEfficiency", "bandwidthEfficiency", "stepOverheadMs"],
};
const DATA_SET: Record<Runtime, DataSet> = { optimized: "measured", llamacpp: "measured", eager: "eager" };

/** A class of estimates for error bands: runtime x headline metric (prefill speed counts as TTFT). */
export const bandClassOf = (p: Point) => `${p.request.assumptions?.runtime ?? "optimized"} ${p.metric === "prefill" ? "ttft" : p.metric}`;

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Fit every profile; returns the text of shared/catalog/calibration.ts and a report. */
export function runFit(): { file: string; report: string } {
  const fitted: Record<string, Partial<Values>> = {};
  const bands: Record<string, { n: number; typicalError: number; low: number; high: number; pooled: boolean }> = {};
  const lines: string[] = [];
  for (const runtime of ["optimized", "llamacpp", "eager"] as const) {
    const subset = loadPoints(DATA_SET[runtime]).points.filter((p) => p.request.assumptions?.runtime === runtime);
    const names = FITTED_PARAMS[runtime];
    // The eager profile borrows the constants one-device data cannot separate from the optimized fit (see
    // runtimes.ts); pass this fit's values so the result does not depend on the previous calibration file.
    const borrowed: Partial<Values> =
      runtime === "eager"
        ? Object.fromEntries(
            (["computeHalfSaturationTokens", "activationTrafficPerLayer", "allReduceLatencyUs", "interconnectEfficiency"] as const).map((k) => [k, fitted.optimized![k]]),
          )
        : {};
    const values = fitProfile(subset, names, runtime === "eager" ? EAGER_PRIOR : PRIOR, borrowed);
    fitted[runtime] = Object.fromEntries(names.map((k) => [k, round(values[k])]));
    const ratios = ratiosWith(subset, { ...borrowed, ...fitted[runtime]! });
    const s = summarize(ratios);
    lines.push(`${runtime}: n=${subset.length} MdAPE ${(s.mdape * 100).toFixed(1)}% within 25% ${(s.within25 * 100).toFixed(0)}% bias ${s.bias.toFixed(3)}`);
    lines.push("  " + names.map((k) => `${k}=${fitted[runtime]![k]}`).join(" "));

    // Error bands: measured / predicted of each point's headline figure (a prefill speed is a TTFT, so its
    // ratio inverts); small classes borrow the whole runtime's spread.
    const headline = subset.map((p, i) => (p.metric === "prefill" ? ratios[i]! : 1 / ratios[i]!));
    const classes = new Map<string, number[]>();
    subset.forEach((p, i) => classes.set(bandClassOf(p), [...(classes.get(bandClassOf(p)) ?? []), headline[i]!]));
    const all = [...headline].sort((a, b) => a - b);
    for (const metric of ["throughput", "ttft", "tpot"]) {
      const own = (classes.get(`${runtime} ${metric}`) ?? []).sort((a, b) => a - b);
      const pooled = own.length < 8;
      const sample = pooled ? all : own;
      bands[`${runtime} ${metric}`] = {
        n: sample.length,
        typicalError: round(summarize(sample).mdape),
        low: round(quantile(sample, 0.1)),
        high: round(quantile(sample, 0.9)),
        pooled,
      };
    }
  }
  const file = `// Generated by \`npm run fit\` (test/fidelity/fit.ts) from test/fidelity/measured.json. Do not edit by hand.
// Fitted efficiency constants per runtime profile, and the spread of measured / predicted on the calibration
// set per class of estimate (10th and 90th percentiles), from which every result's error band is drawn.

export const CALIBRATED = ${JSON.stringify(fitted, null, 2)} as const;

export const CALIBRATION_BANDS: Readonly<Record<string, { n: number; typicalError: number; low: number; high: number; pooled: boolean }>> = ${JSON.stringify(bands, null, 2)};
`;
  return { file, report: lines.join("\n") };
}

export const CALIBRATION_FILE = new URL("../../shared/catalog/calibration.ts", import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, report } = runFit();
  writeFileSync(CALIBRATION_FILE, file);
  console.log(report);
  console.log("wrote shared/catalog/calibration.ts");
}
