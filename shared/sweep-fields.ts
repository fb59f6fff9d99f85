// Reading one result path of a sweep point: from the numbers-only core where it has the figure (open models), else
// from the full result. Both read the same computations, so a column always equals the full result's field.
import { errorBand } from "./accuracy.js";
import { openVerdict } from "./compatibility.js";
import { perMillionOutputTokensUSD, perRequestUSD } from "./cost.js";
import { MEMORY_FIELDS, perRequestTokensPerSec, type OpenCore } from "./estimate.js";
import type { Scenario } from "./scenario.js";
import type { SweepResultField } from "./schema/request.js";
import type { EstimateResult } from "./schema/result.js";

export type Cell = number | string | null;
type CoreGetter = (c: OpenCore, s: Scenario) => Cell;

/** A cost figure from the hourly cost (hardwareCost's sums), or null without a price. */
const priced = (c: OpenCore, figure: (perHourUSD: number) => number): number | null => {
  const perHour = c.perHourUSD;
  return perHour === null ? null : figure(perHour);
};

const band = (c: OpenCore, s: Scenario) => errorBand(s.assumptions.runtime, c.timing.ttftMs, c.timing.tpotMs, c.timing.outputTokensPerSec);

const CORE_GETTERS: Readonly<Record<SweepResultField, CoreGetter>> = {
  "model.id": (_, s) => s.model.id,
  "model.name": (_, s) => s.model.name,
  "model.totalParams": (_, s) => s.shape.totalParams,
  "model.activeParams": (_, s) => s.shape.activeParams,
  "hardware.id": (_, s) => s.hardware.id,
  "hardware.name": (_, s) => s.hardware.name,
  "memory.weightsGB": (c) => MEMORY_FIELDS.weightsGB(c.mem),
  "memory.weightsPerDeviceGB": (c) => MEMORY_FIELDS.weightsPerDeviceGB(c.mem),
  "memory.kvCacheGB": (c) => MEMORY_FIELDS.kvCacheGB(c.mem),
  "memory.kvCachePerDeviceGB": (c) => MEMORY_FIELDS.kvCachePerDeviceGB(c.mem),
  "memory.activationsGB": (c) => MEMORY_FIELDS.activationsGB(c.mem),
  "memory.overheadGB": (c) => MEMORY_FIELDS.overheadGB(c.mem),
  "memory.totalGB": (c) => MEMORY_FIELDS.totalGB(c.mem),
  "memory.perDeviceGB": (c) => MEMORY_FIELDS.perDeviceGB(c.mem),
  "memory.capacityPerDeviceGB": (c) => MEMORY_FIELDS.capacityPerDeviceGB(c.mem),
  "memory.utilization": (c) => MEMORY_FIELDS.utilization(c.mem),
  "memory.kvCacheBytesPerToken": (c) => MEMORY_FIELDS.kvCacheBytesPerToken(c.mem),
  "compatibility.verdict": (c, s) => openVerdict(s, c.batch, c.maxBatch, c),
  "latency.ttftMs": (c) => c.timing.ttftMs,
  "latency.tpotMs": (c) => c.timing.tpotMs,
  "latency.prefillMs": (c) => c.timing.prefillMs,
  "latency.decodeMs": (c) => c.timing.decodeMs,
  "latency.e2eMs": (c) => c.timing.e2eMs,
  "latency.networkMs": (c) => c.timing.networkMs,
  "latency.prefillBound": (c) => c.timing.prefillBound,
  "latency.decodeBound": (c) => c.timing.decodeBound,
  "throughput.batchSize": (c) => c.batch,
  "throughput.maxBatchSize": (c) => c.maxBatch,
  "throughput.outputTokensPerSec": (c) => c.timing.outputTokensPerSec,
  "throughput.perRequestTokensPerSec": (c, s) => perRequestTokensPerSec(s, c.timing),
  "throughput.requestsPerSec": (c) => c.timing.requestsPerSec,
  "cost.basis": (c) => c.cost.basis,
  "cost.perRequestUSD": (c) => priced(c, (perHour) => perRequestUSD(perHour, c.timing.requestsPerSec)),
  "cost.perMillionOutputTokensUSD": (c) => priced(c, (perHour) => perMillionOutputTokensUSD(perHour, c.timing.outputTokensPerSec)),
  "cost.perHourUSD": (c) => c.perHourUSD,
  "errorBand.ttftMs.low": (c, s) => band(c, s)?.ttftMs?.low ?? null,
  "errorBand.ttftMs.high": (c, s) => band(c, s)?.ttftMs?.high ?? null,
  "errorBand.tpotMs.low": (c, s) => band(c, s)?.tpotMs?.low ?? null,
  "errorBand.tpotMs.high": (c, s) => band(c, s)?.tpotMs?.high ?? null,
  "errorBand.outputTokensPerSec.low": (c, s) => band(c, s)?.outputTokensPerSec?.low ?? null,
  "errorBand.outputTokensPerSec.high": (c, s) => band(c, s)?.outputTokensPerSec?.high ?? null,
};

export const coreGetter = (field: SweepResultField): CoreGetter => CORE_GETTERS[field];

/** The value at a dotted path of a full result; a missing step (no error band) reads as null. */
export function resultGetter(field: SweepResultField): (r: EstimateResult) => Cell {
  const keys = field.split(".");
  return (r) => {
    let v: unknown = r;
    for (const k of keys) {
      if (typeof v !== "object" || v === null) return null;
      v = (v as Record<string, unknown>)[k];
    }
    return v === undefined ? null : (v as Cell);
  };
}

const POW10 = Array.from({ length: 301 }, (_, k) => 10 ** k);
/** 10^d for d in [-300, 300]. */
const decadeStart = (d: number): number => (d >= 0 ? POW10[d]! : 1 / POW10[-d]!);

/**
 * Rounds to a number of significant digits, the decimal way (so JSON prints the short form). A column's values
 * change gradually, so the rounder keeps the decade of the last value and steps from it instead of taking a log.
 */
export function rounder(digits: number): (value: number) => number {
  let decade = 0;
  let lo = 1;
  let hi = 10;
  return (value) => {
    if (value === 0 || !Number.isFinite(value) || digits >= 17) return value;
    const abs = Math.abs(value);
    if (abs < lo || abs >= hi) {
      if (abs >= hi && abs < hi * 1e3) while (abs >= hi) (decade += 1), (hi *= 10);
      else if (abs < lo && abs >= lo / 1e3) while (abs < lo) (decade -= 1), (lo /= 10);
      else decade = Math.floor(Math.log10(abs));
      // Far from anything a result holds, the decimal way without the table; the next value finds its decade afresh
      // (stepping from this one would start from bounds that are not its decade's).
      if (decade > 300 || decade < -300) {
        lo = Number.POSITIVE_INFINITY;
        hi = 0;
        return Number(value.toPrecision(digits));
      }
      lo = decadeStart(decade);
      hi = decadeStart(decade + 1);
      // Float error at a boundary: settle with the table itself.
      if (abs < lo) (decade -= 1), (hi = lo), (lo = decadeStart(decade));
      else if (abs >= hi) (decade += 1), (lo = hi), (hi = decadeStart(decade + 1));
    }
    const k = digits - 1 - decade;
    if (k > 300 || k < -300) return Number(value.toPrecision(digits));
    return k >= 0 ? Math.round(value * POW10[k]!) / POW10[k]! : Math.round(value / POW10[-k]!) * POW10[-k]!;
  };
}
