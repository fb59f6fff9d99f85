// Error bands: how far the headline figures may be off, from the calibration residuals of their class.
import { CALIBRATION_BANDS } from "./catalog/calibration.js";
import { RUNTIME_PROFILES } from "./catalog/runtimes.js";
import type { Runtime } from "./schema/request.js";
import type { ErrorBand } from "./schema/result.js";

const pct = (x: number) => `${x >= 1 ? "+" : ""}${Math.round((x - 1) * 100)}%`;

const basisCache = new Map<Runtime, string>();
function basisOf(runtime: Runtime, throughput: { n: number; low: number; high: number; typicalError: number }): string {
  let basis = basisCache.get(runtime);
  if (basis === undefined) {
    basis =
      `${RUNTIME_PROFILES[runtime].label}: on ${throughput.n} published measurements, 80% of throughputs fell within ` +
      `${pct(throughput.low)} to ${pct(throughput.high)} of the estimate (median error ${Math.round(throughput.typicalError * 100)}%); ` +
      `checked on NVIDIA A100, H100 and L40S with TensorRT-LLM and LMDeploy${runtime === "llamacpp" ? ", and on Apple M2 Ultra and RTX 3090 Ti with llama.cpp" : ""}`;
    basisCache.set(runtime, basis);
  }
  return basis;
}

/**
 * The 80% band of a runtime's calibration points applied to this estimate: 10% of measured values fell below
 * `low` x predicted and 10% above `high` x predicted. A runtime with no calibration data gets none.
 */
type Bands = { throughput: Band; ttft: Band; tpot: Band } | null;
type Band = (typeof CALIBRATION_BANDS)[string];
const bandsCache = new Map<Runtime, Bands>();
function bandsOf(runtime: Runtime): Bands {
  let bands = bandsCache.get(runtime);
  if (bands === undefined) {
    const throughput = CALIBRATION_BANDS[`${runtime} throughput`];
    const ttft = CALIBRATION_BANDS[`${runtime} ttft`];
    const tpot = CALIBRATION_BANDS[`${runtime} tpot`];
    bands = throughput && ttft && tpot ? { throughput, ttft, tpot } : null;
    bandsCache.set(runtime, bands);
  }
  return bands;
}

export function errorBand(runtime: Runtime, ttftMs: number, tpotMs: number, outputTokensPerSec: number): ErrorBand | null {
  const bands = bandsOf(runtime);
  if (bands === null) return null;
  const { throughput, ttft, tpot } = bands;
  const scale = (value: number, b: { low: number; high: number }) => ({ low: value * b.low, high: value * b.high });
  return {
    ttftMs: scale(ttftMs, ttft),
    tpotMs: scale(tpotMs, tpot),
    outputTokensPerSec: scale(outputTokensPerSec, throughput),
    typicalError: throughput.typicalError,
    basis: basisOf(runtime, throughput),
  };
}
